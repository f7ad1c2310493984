package org.studenthub.core.student;

import java.time.Instant;

/** A student's document without its bytes (see {@link StudentDocumentService#content}). */
public record StudentDocumentView(long id, long studentId, DocumentType type, String title, String fileName,
                                  String mediaType, long sizeBytes, String sha256, DocumentStatus status,
                                  Instant createdAt, long version) {}
