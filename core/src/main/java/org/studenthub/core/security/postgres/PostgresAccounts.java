package org.studenthub.core.security.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.postgresql.util.PasswordUtil;
import org.studenthub.core.security.Role;
import org.studenthub.core.security.Scope;

/**
 * User management in PostgreSQL mode: thin calls to the SECURITY DEFINER functions of schema V012, made
 * on the signed-in person's own connection, so the database checks their permission and college.
 * Passwords leave this class only as SCRAM-SHA-256 verifiers computed here, never in clear.
 */
public final class PostgresAccounts {
    private final Connection connection;

    /** @param connection a connection signed in as the person doing the administration */
    public PostgresAccounts(Connection connection) {
        this.connection = connection;
    }

    /** A college with the default role matrix (platform administrators only). */
    public long createCollege(String code, String name, String locale, String timeZone, String creditSystem)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT sh_create_college(?, ?, ?, ?, ?)")) {
            ps.setString(1, code);
            ps.setString(2, name);
            ps.setString(3, locale);
            ps.setString(4, timeZone);
            ps.setString(5, creditSystem);
            return single(ps);
        }
    }

    /** The first administrator of a college (platform administrators only). */
    public long createCollegeAdmin(long collegeId, String login, String displayName, char[] password)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT sh_create_college_admin(?, ?, ?, ?)")) {
            ps.setLong(1, collegeId);
            ps.setString(2, login);
            ps.setString(3, displayName);
            ps.setString(4, verifier(password));
            return single(ps);
        }
    }

    /** A person of the caller's college, optionally linked to their student or teacher record. */
    public long createUser(String login, String displayName, char[] password, Long studentId, Long teacherId)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT sh_create_user(?, ?, ?, ?, ?)")) {
            ps.setString(1, login);
            ps.setString(2, displayName);
            ps.setString(3, verifier(password));
            setLong(ps, 4, studentId);
            setLong(ps, 5, teacherId);
            return single(ps);
        }
    }

    public void grant(String login, Role role, Scope scope) throws SQLException {
        call("SELECT sh_grant_role(?, ?, ?, ?)", login, role.code(), scope.kind().name(), scope.id());
    }

    public void revoke(String login, Role role, Scope scope) throws SQLException {
        call("SELECT sh_revoke_role(?, ?, ?, ?)", login, role.code(), scope.kind().name(), scope.id());
    }

    public void setActive(String login, boolean active) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT sh_set_user_active(?, ?)")) {
            ps.setString(1, login);
            ps.setBoolean(2, active);
            ps.execute();
        }
    }

    public void resetPassword(String login, char[] password) throws SQLException {
        call("SELECT sh_reset_password(?, ?)", login, verifier(password));
    }

    /** The caller's college's accounts: login, display name, status and grants (no personal data). */
    public List<AccountRow> list() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM sh_list_users()");
             ResultSet rs = ps.executeQuery()) {
            List<AccountRow> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new AccountRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Long) rs.getObject(5), (Long) rs.getObject(6), rs.getString(7)));
            }
            return rows;
        }
    }

    /** The SCRAM-SHA-256 verifier of a password; the password array is wiped. */
    public static String verifier(char[] password) {
        try {
            return PasswordUtil.encodeScramSha256(password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private void call(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.execute();
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static long single(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** One account as {@code user list} shows it. */
    public record AccountRow(long id, String login, String displayName, String status, Long studentId,
                             Long teacherId, String grants) {}

    /** Clears the login's sign-in throttling counters (IT support). */
    public void unlock(String login) throws SQLException {
        call("SELECT sh_unlock_user(?)", login);
    }
}
