package org.studenthub.core.student;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A document to file for a student. Its media type is detected from the content, not the name.
 *
 * @param fileName the name the file had on the user's machine, kept for downloads
 * @param content  the file's bytes: PDF, PNG or JPEG, at most 50 MB
 */
public record NewStudentDocument(
        @NotNull DocumentType type,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 255) String fileName,
        @NotNull byte[] content) {}
