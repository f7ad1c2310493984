package org.studenthub.core.transfer.jdbc;

/** How many rows an upsert inserted, updated and left unchanged. */
public record UpsertCounts(long inserted, long updated, long unchanged) {}
