package org.studenthub.core.transfer.jdbc;

import java.util.List;

/**
 * One row to insert or update: its natural key values and its data values, in the order of
 * the {@link TableUpsert}'s columns.
 */
public record UpsertRow(List<Object> key, Object[] data) {}
