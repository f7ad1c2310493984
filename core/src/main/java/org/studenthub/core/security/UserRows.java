package org.studenthub.core.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * SQL for {@code app_user} and {@code user_grant} in embedded mode. Performs no permission check: the
 * services of this package check first, and trusted system work (demo accounts) calls the public
 * methods directly.
 */
public final class UserRows {
    private static final String ACCOUNT = "SELECT u.id, u.college_id, c.code, u.login, u.display_name, u.status,"
            + " u.student_id, u.teacher_id, u.password_hash, u.failed_attempts, u.locked_until, u.last_sign_in_at"
            + " FROM app_user u LEFT JOIN college c ON c.id = u.college_id";

    private UserRows() {}

    /** Inserts an account with an already computed password hash and returns its id. */
    public static long insert(Connection connection, Long collegeId, NewUser user, String passwordHash)
            throws SQLException {
        return insert(connection, collegeId, user, passwordHash, null);
    }

    /**
     * Inserts an account and returns its id: with a password hash (embedded), or with the database login that
     * signs in as it (PostgreSQL, {@code dbRole}; the caller creates the login).
     */
    public static long insert(Connection connection, Long collegeId, NewUser user, String passwordHash, String dbRole)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO app_user (college_id, login, display_name,"
                + " student_id, teacher_id, password_hash, db_role) VALUES (?, ?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            setLong(s, 1, collegeId);
            s.setString(2, user.login());
            s.setString(3, user.displayName());
            setLong(s, 4, user.studentId());
            setLong(s, 5, user.teacherId());
            s.setString(6, passwordHash);
            s.setString(7, dbRole);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Adds a grant unless the account already holds it; the new grant's id, or empty when it was held. */
    public static OptionalLong insertGrant(Connection connection, Long collegeId, long userId, Grant grant)
            throws SQLException {
        if (grants(connection, userId).contains(grant)) {
            return OptionalLong.empty();
        }
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO user_grant (college_id, user_id, role_code,"
                + " scope_kind, scope_id) VALUES (?, ?, ?, ?, ?)", new String[] {"id"})) {
            setLong(s, 1, collegeId);
            s.setLong(2, userId);
            s.setString(3, grant.role().code());
            s.setString(4, grant.scope().kind().name());
            s.setLong(5, grant.scope().id());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return OptionalLong.of(keys.getLong(1));
            }
        }
    }

    /** True when the database holds no account at all (a fresh embedded database). */
    public static boolean noAccounts(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(*) FROM app_user");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1) == 0;
        }
    }

    static boolean loginTaken(Connection connection, String login) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT 1 FROM app_user WHERE login = ?")) {
            s.setString(1, login);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    static Optional<StoredAccount> find(Connection connection, String login) throws SQLException {
        return one(connection, ACCOUNT + " WHERE u.login = ?", normalise(login), null);
    }

    static Optional<StoredAccount> findInCollege(Connection connection, long collegeId, String login)
            throws SQLException {
        return one(connection, ACCOUNT + " WHERE u.login = ? AND u.college_id = ?", normalise(login), collegeId);
    }

    static List<StoredAccount> listCollege(Connection connection, long collegeId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(ACCOUNT + " WHERE u.college_id = ? ORDER BY u.login")) {
            s.setLong(1, collegeId);
            try (ResultSet rs = s.executeQuery()) {
                List<StoredAccount> accounts = new ArrayList<>();
                while (rs.next()) {
                    accounts.add(account(rs));
                }
                return accounts;
            }
        }
    }

    static List<Grant> grants(Connection connection, long userId) throws SQLException {
        return collegeOrUserGrants(connection, "user_id", userId).getOrDefault(userId, List.of());
    }

    /** The grants of every account of a college, by account id. */
    static Map<Long, List<Grant>> collegeGrants(Connection connection, long collegeId) throws SQLException {
        return collegeOrUserGrants(connection, "college_id", collegeId);
    }

    private static Map<Long, List<Grant>> collegeOrUserGrants(Connection connection, String column, long value)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT user_id, role_code, scope_kind, scope_id"
                + " FROM user_grant WHERE " + column + " = ? ORDER BY user_id, role_code, scope_kind, scope_id")) {
            s.setLong(1, value);
            try (ResultSet rs = s.executeQuery()) {
                Map<Long, List<Grant>> grants = new HashMap<>();
                while (rs.next()) {
                    Optional<Role> role = Role.fromCode(rs.getString(2));
                    if (role.isPresent()) {
                        grants.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new Grant(role.get(),
                                new Scope(ScopeKind.valueOf(rs.getString(3)), rs.getLong(4))));
                    }
                }
                return grants;
            }
        }
    }

    /** The id of the account's grant, if it holds it. */
    static OptionalLong grantId(Connection connection, long userId, Grant grant) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT id FROM user_grant WHERE user_id = ?"
                + " AND role_code = ? AND scope_kind = ? AND scope_id = ?")) {
            s.setLong(1, userId);
            s.setString(2, grant.role().code());
            s.setString(3, grant.scope().kind().name());
            s.setLong(4, grant.scope().id());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    static void deleteGrant(Connection connection, long grantId) throws SQLException {
        update(connection, "DELETE FROM user_grant WHERE id = ?", grantId);
    }

    static void setStatus(Connection connection, long userId, UserStatus status) throws SQLException {
        update(connection, "UPDATE app_user SET status = ?, updated_at = CURRENT_TIMESTAMP, version = version + 1"
                + " WHERE id = ?", status.name(), userId);
    }

    /**
     * A password set by IT support or an administrator: like {@link #setPassword}, and the time of the reset is
     * kept (the audit trail shows it; never the hash).
     */
    static void resetPassword(Connection connection, long userId, String passwordHash) throws SQLException {
        update(connection, "UPDATE app_user SET password_hash = ?, failed_attempts = 0, locked_until = NULL,"
                + " password_changed_at = CURRENT_TIMESTAMP, updated_at = CURRENT_TIMESTAMP, version = version + 1"
                + " WHERE id = ?", passwordHash, userId);
    }

    /** A new password also lifts any lock: the person now knows a working password. */
    static void setPassword(Connection connection, long userId, String passwordHash) throws SQLException {
        update(connection, "UPDATE app_user SET password_hash = ?, failed_attempts = 0, locked_until = NULL,"
                + " updated_at = CURRENT_TIMESTAMP, version = version + 1 WHERE id = ?", passwordHash, userId);
    }

    static void unlock(Connection connection, long userId) throws SQLException {
        update(connection, "UPDATE app_user SET failed_attempts = 0, locked_until = NULL,"
                + " updated_at = CURRENT_TIMESTAMP, version = version + 1 WHERE id = ?", userId);
    }

    /** Counts one more failed sign-in at {@code now} and returns the new count. */
    static int recordFailure(Connection connection, long userId, Instant now) throws SQLException {
        update(connection, "UPDATE app_user SET failed_attempts = failed_attempts + 1, last_failed_at = ?"
                + " WHERE id = ?", utc(now), userId);
        try (PreparedStatement s = connection.prepareStatement("SELECT failed_attempts FROM app_user WHERE id = ?")) {
            s.setLong(1, userId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static void lockUntil(Connection connection, long userId, Instant until) throws SQLException {
        update(connection, "UPDATE app_user SET locked_until = ? WHERE id = ?", utc(until), userId);
    }

    static void recordSuccess(Connection connection, long userId, Instant now) throws SQLException {
        update(connection, "UPDATE app_user SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = ?"
                + " WHERE id = ?", utc(now), userId);
    }

    /** Replaces a hash made with weaker parameters; not an administrative change, so the version stays. */
    static void rehash(Connection connection, long userId, String passwordHash) throws SQLException {
        update(connection, "UPDATE app_user SET password_hash = ? WHERE id = ?", passwordHash, userId);
    }

    private static Optional<StoredAccount> one(Connection connection, String sql, String login, Long collegeId)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, login);
            if (collegeId != null) {
                s.setLong(2, collegeId);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(account(rs)) : Optional.empty();
            }
        }
    }

    private static StoredAccount account(ResultSet rs) throws SQLException {
        return new StoredAccount(rs.getLong(1), nullableLong(rs, 2), rs.getString(3), rs.getString(4),
                rs.getString(5), UserStatus.valueOf(rs.getString(6)), nullableLong(rs, 7), nullableLong(rs, 8),
                rs.getString(9), rs.getInt(10), instant(rs, 11), instant(rs, 12));
    }

    static String normalise(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }

    private static void update(Connection connection, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    private static Long nullableLong(ResultSet rs, int index) throws SQLException {
        long value = rs.getLong(index);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, int index) throws SQLException {
        OffsetDateTime value = rs.getObject(index, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
