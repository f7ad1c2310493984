package org.studenthub.reporting.batch;

import java.nio.file.Path;

/**
 * One file of a batch.
 *
 * @param key what the item is, as a person would name it in a progress line or a failure report (for a portfolio
 *     the student number)
 * @param target the file to write
 */
public record BatchItem(String key, Path target) {}
