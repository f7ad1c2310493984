package org.studenthub.app.importer;

/**
 * One problem of a checked file as the wizard lists it.
 *
 * @param line     line of the file (0: the file as a whole)
 * @param column   the file's header of the column concerned, or empty
 * @param message  the reason, in the current language
 * @param blocking false for a warning that does not stop the import
 */
public record ProblemRow(long line, String column, String message, boolean blocking) {}
