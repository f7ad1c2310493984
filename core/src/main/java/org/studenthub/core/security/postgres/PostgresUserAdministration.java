package org.studenthub.core.security.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.StudentHubException;
import org.studenthub.core.common.Validation;
import org.studenthub.core.security.Grant;
import org.studenthub.core.security.NewUser;
import org.studenthub.core.security.PasswordPolicy;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.Role;
import org.studenthub.core.security.Scope;
import org.studenthub.core.security.ScopeKind;
import org.studenthub.core.security.UserAdministration;
import org.studenthub.core.security.UserStatus;
import org.studenthub.core.security.UserView;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.tenancy.PlatformContext;

/**
 * User administration in PostgreSQL mode: every person is a database login, created and changed only by
 * the SECURITY DEFINER functions of schema V012/V013, called on the administrator's own connection (so the
 * database checks their permission and college; the checks here only give clearer errors first).
 */
public final class PostgresUserAdministration implements UserAdministration {
    private static final String KIND = "user";
    private final DataSource signedIn;

    /** @param signedIn connections signed in as the person doing the administration */
    public PostgresUserAdministration(DataSource signedIn) {
        this.signedIn = signedIn;
    }

    @Override
    public UserView create(CollegeContext context, NewUser user) {
        CollegeContext.requireCollegeWide(context, Permission.USER_MANAGE);
        Validation.check(user);
        PasswordPolicy.check(user.password(), user.login());
        return work(user.login(), accounts -> {
            accounts.createUser(user.login(), user.displayName(), user.password(), user.studentId(), user.teacherId());
            return find(accounts, user.login());
        });
    }

    @Override
    public UserView createPlatformAdmin(PlatformContext context, NewUser user) {
        throw new StudentHubException("security.postgres.platform_admin_by_server_init");
    }

    @Override
    public UserView createCollegeAdmin(PlatformContext context, long collegeId, NewUser user) {
        context.require(Permission.COLLEGE_MANAGE);
        Validation.check(user);
        PasswordPolicy.check(user.password(), user.login());
        return work(user.login(), accounts -> {
            long id = accounts.createCollegeAdmin(collegeId, user.login(), user.displayName(), user.password());
            return new UserView(id, collegeId, user.login(), user.displayName(), UserStatus.ACTIVE, null, null, 0,
                    null, null, List.of(new Grant(Role.COLLEGE_ADMIN, Scope.COLLEGE)));
        });
    }

    @Override
    public UserView disable(CollegeContext context, String login) {
        return setActive(context, login, false);
    }

    @Override
    public UserView enable(CollegeContext context, String login) {
        return setActive(context, login, true);
    }

    private UserView setActive(CollegeContext context, String login, boolean active) {
        CollegeContext.requireCollegeWide(context, Permission.USER_MANAGE);
        return work(login, accounts -> {
            accounts.setActive(normalise(login), active);
            return find(accounts, login);
        });
    }

    @Override
    public UserView grant(CollegeContext context, String login, Role role, Scope scope) {
        CollegeContext.requireCollegeWide(context, Permission.USER_MANAGE);
        return work(login, accounts -> {
            UserView before = find(accounts, login);
            if (!before.grants().contains(new Grant(role, scope))) {
                accounts.grant(normalise(login), role, scope);
            }
            return find(accounts, login);
        });
    }

    @Override
    public UserView revoke(CollegeContext context, String login, Role role, Scope scope) {
        CollegeContext.requireCollegeWide(context, Permission.USER_MANAGE);
        return work(login, accounts -> {
            accounts.revoke(normalise(login), role, scope);
            return find(accounts, login);
        });
    }

    @Override
    public UserView unlock(CollegeContext context, String login) {
        CollegeContext.requireCollegeWide(context, Permission.USER_UNLOCK);
        return work(login, accounts -> {
            accounts.unlock(normalise(login));
            return find(accounts, login);
        });
    }

    @Override
    public UserView resetPassword(CollegeContext context, String login, char[] newPassword) {
        CollegeContext.requireCollegeWide(context, Permission.USER_UNLOCK);
        PasswordPolicy.check(newPassword, normalise(login));
        return work(login, accounts -> {
            accounts.resetPassword(normalise(login), newPassword);
            return find(accounts, login);
        });
    }

    @Override
    public List<UserView> list(CollegeContext context) {
        CollegeContext.requireCollegeWide(context, Permission.USER_MANAGE);
        return work("", accounts -> {
            List<UserView> users = new ArrayList<>();
            for (PostgresAccounts.AccountRow row : accounts.list()) {
                users.add(toView(context.collegeId(), row));
            }
            return users;
        });
    }

    private static UserView find(PostgresAccounts accounts, String login) throws SQLException {
        String wanted = normalise(login);
        for (PostgresAccounts.AccountRow row : accounts.list()) {
            if (row.login().equals(wanted)) {
                return toView(null, row);
            }
        }
        throw new NotFoundException(KIND, wanted);
    }

    private static UserView toView(Long collegeId, PostgresAccounts.AccountRow row) {
        List<Grant> grants = new ArrayList<>();
        for (String text : row.grants().isBlank() ? new String[0] : row.grants().split(" ")) {
            String[] roleAndScope = text.split("@", 2);
            String[] kindAndId = roleAndScope[1].split(":", 2);
            ScopeKind kind = ScopeKind.valueOf(kindAndId[0].toUpperCase(Locale.ROOT));
            grants.add(new Grant(Role.fromCode(roleAndScope[0]).orElseThrow(),
                    new Scope(kind, kindAndId.length > 1 ? Long.parseLong(kindAndId[1]) : 0)));
        }
        return new UserView(row.id(), collegeId, row.login(), row.displayName(), UserStatus.valueOf(row.status()),
                row.studentId(), row.teacherId(), 0, null, null, grants);
    }

    private static String normalise(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }

    /** Runs calls on one signed-in connection and turns the functions' SQL states into StudentHub errors. */
    private <T> T work(String login, AccountWork<T> work) {
        try (Connection c = signedIn.getConnection()) {
            return work.run(new PostgresAccounts(c));
        } catch (SQLException e) {
            throw translate(e, normalise(login));
        }
    }

    static StudentHubException translate(SQLException e, String login) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (state) {
            case "42501" -> new StudentHubException("security.postgres.refused", e, serverMessage(e));
            case "P0002" -> new NotFoundException(KIND, login);
            case "23505" -> new ConflictException("security.user.login_taken", login);
            case "22023" -> new StudentHubException("security.postgres.invalid", e, serverMessage(e));
            default -> new StudentHubException("security.signin.failed", e, serverMessage(e));
        };
    }

    private static String serverMessage(SQLException e) {
        String message = e.getMessage() == null ? e.getSQLState() : e.getMessage();
        int where = message.indexOf("\n");
        return (where < 0 ? message : message.substring(0, where)).replaceFirst("^ERROR: ", "");
    }

    @FunctionalInterface
    private interface AccountWork<T> {
        T run(PostgresAccounts accounts) throws SQLException;
    }
}
