package org.studenthub.core.student;

/**
 * A student's photo.
 *
 * @param content the image bytes (JPEG or PNG, at most 5 MB)
 * @param sha256  lower-case hex SHA-256 of {@code content}
 */
public record StudentPhoto(long studentId, String mediaType, long sizeBytes, String sha256, byte[] content) {}
