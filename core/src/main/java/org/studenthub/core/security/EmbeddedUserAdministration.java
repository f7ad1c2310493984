package org.studenthub.core.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.studenthub.core.audit.Audit;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.Validation;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.tenancy.PlatformContext;

/**
 * {@link UserAdministration} for embedded mode: accounts, Argon2id hashes and grants in {@code app_user}
 * and {@code user_grant}. Passwords are hashed outside the database transaction (it takes about half a
 * second), then written in one short transaction.
 */
public final class EmbeddedUserAdministration implements UserAdministration {
    static final String KIND = "user";

    private final Transactions transactions;
    private final PasswordHasher hasher;

    public EmbeddedUserAdministration(Transactions transactions) {
        this(transactions, new PasswordHasher());
    }

    public EmbeddedUserAdministration(Transactions transactions, PasswordHasher hasher) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    @Override
    public UserView create(CollegeContext context, NewUser user) {
        context.requireCollegeWide(Permission.USER_MANAGE);
        String hash = checkAndHash(user);
        return transactions.jdbcInCollege(context, c -> {
            requirePeople(c, context.collegeId(), user);
            return insert(c, context.collegeId(), user, hash, null, context.actor());
        });
    }

    @Override
    public UserView createPlatformAdmin(PlatformContext context, NewUser user) {
        context.require(Permission.COLLEGE_MANAGE);
        String hash = checkAndHash(user);
        Grant platformAdmin = new Grant(Role.PLATFORM_ADMIN, Scope.PLATFORM);
        return transactions.jdbcAsPlatform(c -> insert(c, null, user, hash, platformAdmin, context.actor()));
    }

    @Override
    public UserView createCollegeAdmin(PlatformContext context, long collegeId, NewUser user) {
        context.require(Permission.COLLEGE_MANAGE);
        String hash = checkAndHash(user);
        return transactions.jdbcAsPlatform(c -> {
            if (!exists(c, "SELECT 1 FROM college WHERE id = ?", collegeId)) {
                throw new NotFoundException("college", collegeId);
            }
            requirePeople(c, collegeId, user);
            return insert(c, collegeId, user, hash, new Grant(Role.COLLEGE_ADMIN, Scope.COLLEGE), context.actor());
        });
    }

    @Override
    public UserView disable(CollegeContext context, String login) {
        context.requireCollegeWide(Permission.USER_MANAGE);
        return transactions.jdbcInCollege(context, c -> {
            StoredAccount account = account(c, context, login);
            if (account.login().equals(UserRows.normalise(context.actor()))) {
                throw new ConflictException("security.user.disable_self", account.login());
            }
            setStatus(c, context, account.id(), UserStatus.DISABLED);
            return view(c, context, login);
        });
    }

    @Override
    public UserView enable(CollegeContext context, String login) {
        context.requireCollegeWide(Permission.USER_MANAGE);
        return transactions.jdbcInCollege(context, c -> {
            setStatus(c, context, account(c, context, login).id(), UserStatus.ACTIVE);
            return view(c, context, login);
        });
    }

    @Override
    public UserView grant(CollegeContext context, String login, Role role, Scope scope) {
        context.requireCollegeWide(Permission.USER_MANAGE);
        if (role == Role.PLATFORM_ADMIN || scope.kind() == ScopeKind.PLATFORM) {
            throw AccessDeniedException.platformRole(context.actor());
        }
        return transactions.jdbcInCollege(context, c -> {
            StoredAccount account = account(c, context, login);
            requireScopeTarget(c, context.collegeId(), scope);
            AccountAudit.of(c, context).granted(
                    UserRows.insertGrant(c, context.collegeId(), account.id(), new Grant(role, scope)));
            return view(c, context, login);
        });
    }

    @Override
    public UserView revoke(CollegeContext context, String login, Role role, Scope scope) {
        context.requireCollegeWide(Permission.USER_MANAGE);
        return transactions.jdbcInCollege(context, c -> {
            Grant grant = new Grant(role, scope);
            long grantId = UserRows.grantId(c, account(c, context, login).id(), grant)
                    .orElseThrow(() -> new NotFoundException("grant", login + " " + grant));
            Audit.RowChange audit = AccountAudit.of(c, context).grant(grantId);
            UserRows.deleteGrant(c, grantId);
            audit.record();
            return view(c, context, login);
        });
    }

    @Override
    public UserView unlock(CollegeContext context, String login) {
        context.requireCollegeWide(Permission.USER_UNLOCK);
        return transactions.jdbcInCollege(context, c -> {
            UserRows.unlock(c, account(c, context, login).id());
            return view(c, context, login);
        });
    }

    @Override
    public UserView resetPassword(CollegeContext context, String login, char[] newPassword) {
        context.requireCollegeWide(Permission.USER_UNLOCK);
        PasswordPolicy.check(newPassword, UserRows.normalise(login));
        long id = transactions.jdbcInCollege(context, c -> {
            StoredAccount account = account(c, context, login);
            requireMayReset(c, context, account);
            return account.id();
        });
        String hash = hasher.hash(newPassword);
        return transactions.jdbcInCollege(context, c -> {
            Audit.RowChange audit = AccountAudit.of(c, context).account(id);
            UserRows.resetPassword(c, id, hash);
            audit.record();
            return view(c, context, login);
        });
    }

    @Override
    public List<UserView> list(CollegeContext context) {
        context.requireCollegeWide(Permission.USER_MANAGE);
        return transactions.jdbcInCollege(context, c -> {
            Map<Long, List<Grant>> grants = UserRows.collegeGrants(c, context.collegeId());
            return UserRows.listCollege(c, context.collegeId()).stream()
                    .map(a -> a.view(grants.getOrDefault(a.id(), List.of()))).toList();
        });
    }

    private String checkAndHash(NewUser user) {
        Validation.check(user);
        PasswordPolicy.check(user.password(), user.login());
        if (user.studentId() != null && user.teacherId() != null) {
            throw new ConflictException("security.user.two_people", user.login());
        }
        return hasher.hash(user.password());
    }

    private static UserView insert(Connection c, Long collegeId, NewUser user, String hash, Grant grant, String actor)
            throws SQLException {
        if (UserRows.loginTaken(c, user.login())) {
            throw new ConflictException("security.user.login_taken", user.login());
        }
        AccountAudit audit = AccountAudit.of(c, collegeId, actor);
        long id = UserRows.insert(c, collegeId, user, hash);
        audit.created(id);
        if (grant != null) {
            audit.granted(UserRows.insertGrant(c, collegeId, id, grant));
        }
        StoredAccount account = UserRows.find(c, user.login()).orElseThrow();
        return account.view(UserRows.grants(c, id));
    }

    private static void setStatus(Connection c, CollegeContext context, long userId, UserStatus status)
            throws SQLException {
        Audit.RowChange audit = AccountAudit.of(c, context).account(userId);
        UserRows.setStatus(c, userId, status);
        audit.record();
    }

    /** Admins' passwords are reset only by someone who could manage accounts anyway. */
    private static void requireMayReset(Connection c, CollegeContext context, StoredAccount account)
            throws SQLException {
        Set<Permission> held = AccessResolver.toAccess(AccessResolver.load(c, account.id()), null, null).permissions();
        if ((held.contains(Permission.USER_MANAGE) || held.contains(Permission.ROLE_MANAGE))
                && !context.collegeWide(Permission.USER_MANAGE)) {
            throw AccessDeniedException.missing(Permission.USER_MANAGE, context.actor());
        }
    }

    private static void requirePeople(Connection c, long collegeId, NewUser user) throws SQLException {
        if (user.studentId() != null
                && !exists(c, "SELECT 1 FROM student WHERE college_id = ? AND id = ?", collegeId, user.studentId())) {
            throw new NotFoundException("student", user.studentId());
        }
        if (user.teacherId() != null
                && !exists(c, "SELECT 1 FROM teacher WHERE college_id = ? AND id = ?", collegeId, user.teacherId())) {
            throw new NotFoundException("teacher", user.teacherId());
        }
    }

    private static void requireScopeTarget(Connection c, long collegeId, Scope scope) throws SQLException {
        if (scope.kind() == ScopeKind.DEPARTMENT
                && !exists(c, "SELECT 1 FROM department WHERE college_id = ? AND id = ?", collegeId, scope.id())) {
            throw new NotFoundException("department", scope.id());
        }
        if (scope.kind() == ScopeKind.SECTION
                && !exists(c, "SELECT 1 FROM section WHERE college_id = ? AND id = ?", collegeId, scope.id())) {
            throw new NotFoundException("section", scope.id());
        }
    }

    private static StoredAccount account(Connection c, CollegeContext context, String login) throws SQLException {
        return UserRows.findInCollege(c, context.collegeId(), login)
                .orElseThrow(() -> new NotFoundException(KIND, UserRows.normalise(login)));
    }

    private static UserView view(Connection c, CollegeContext context, String login) throws SQLException {
        StoredAccount account = account(c, context, login);
        return account.view(UserRows.grants(c, account.id()));
    }

    private static boolean exists(Connection c, String sql, long... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setLong(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }
}
