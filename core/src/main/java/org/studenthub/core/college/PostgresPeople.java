package org.studenthub.core.college;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.hibernate.Session;

/** Tells a person signed in to PostgreSQL from the installation's administrator (a superuser). */
final class PostgresPeople {
    private PostgresPeople() {}

    /** True on PostgreSQL when the session's login is not a superuser, i.e. a person bound by row-level security. */
    static boolean isPerson(Session session) {
        return session.doReturningWork(connection -> {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return false;
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT NOT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }
}
