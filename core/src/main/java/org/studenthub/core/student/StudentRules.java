package org.studenthub.core.student;

/** Shared limits of the student feature. */
final class StudentRules {
    /** Student numbers: letters, digits, '-', '/', '_' and '.', starting with a letter or digit. */
    static final String NUMBER_PATTERN = "[A-Za-z0-9][A-Za-z0-9/._-]{0,31}";

    private StudentRules() {}

    /** Trimmed text, or null when blank: optional fields are stored as NULL, never as "". */
    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
