package org.studenthub.core.student;

/** Kinds of documents kept for a student. */
public enum DocumentType { ID_CARD, TRANSCRIPT, CERTIFICATE, ADMISSION, MEDICAL, CONSENT, OTHER }
