package org.studenthub.core.student;

/** The bytes of a stored document, with what a download needs. */
public record DocumentContent(long documentId, String fileName, String mediaType, byte[] content) {}
