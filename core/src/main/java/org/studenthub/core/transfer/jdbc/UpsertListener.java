package org.studenthub.core.transfer.jdbc;

import java.sql.SQLException;

/** Told about each written row, in the same transaction (e.g. to keep a search index in step). */
public interface UpsertListener {
    /** A new row got {@code id}. */
    void inserted(long id, UpsertRow row) throws SQLException;

    /** An existing row was changed; {@code before} holds its previous data values. */
    void updated(long id, UpsertRow row, Object[] before) throws SQLException;

    /** Does nothing. */
    UpsertListener NONE = new UpsertListener() {
        @Override
        public void inserted(long id, UpsertRow row) {}

        @Override
        public void updated(long id, UpsertRow row, Object[] before) {}
    };
}
