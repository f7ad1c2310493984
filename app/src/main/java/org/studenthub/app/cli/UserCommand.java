package org.studenthub.app.cli;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.studenthub.app.AppServices;
import org.studenthub.app.I18n;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.security.NewUser;
import org.studenthub.core.security.Role;
import org.studenthub.core.security.Scope;
import org.studenthub.core.security.UserView;
import org.studenthub.core.teacher.TeacherView;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.tenancy.PlatformContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code studenthub user create|disable|enable|grant|revoke|unlock|passwd|list}: accounts of the signed-in user's college. */
@Command(name = "user", description = "Accounts: create, disable, enable, grant, revoke, unlock, passwd, list.",
        subcommands = {UserCommand.Create.class, UserCommand.Disable.class, UserCommand.Enable.class,
            UserCommand.GrantRole.class, UserCommand.RevokeRole.class, UserCommand.Unlock.class,
            UserCommand.Passwd.class, UserCommand.ListUsers.class})
final class UserCommand {

    /** A command acting on accounts, signed in. */
    abstract static class UserAction extends DatabaseCommand {
        @Mixin
        SignInOptions signIn;

        UserAction(CliRuntime runtime) {
            super(runtime);
        }

        void print(AppServices services, CollegeContext context, UserView user) {
            ScopeArgument scopes = new ScopeArgument(services, context);
            String grants = user.grants().stream().map(g -> g.role().code() + "@" + scopes.format(g.scope()))
                    .collect(Collectors.joining(", "));
            String state = user.lockedAt(java.time.Instant.now())
                    ? I18n.tr("cli.user.locked", java.util.Date.from(user.lockedUntil())) : user.status().name();
            runtime.out().printf("%-24s %-9s %-32s %s%n", user.login(), state, user.displayName(),
                    grants.isEmpty() ? "-" : grants);
        }
    }

    @Command(name = "create", description = {
        "Create an account in your college (and give it roles), a college's first administrator (--college,"
            + " platform administrators) or a platform administrator (--platform-admin).",
        "The new password is asked for twice without echo, or read from STUDENTHUB_NEW_PASSWORD.",
        "On a database without any account, --platform-admin and --college need no sign-in."})
    static final class Create extends UserAction {
        @Option(names = "--login", required = true, description = "The new login: 2-40 of a-z 0-9 . _ -")
        String login;

        @Option(names = "--name", required = true, description = "The person's name as others see it.")
        String name;

        @Option(names = "--role", paramLabel = "ROLE", converter = SecurityArguments.RoleConverter.class,
                description = "Give this role at its usual scope (repeatable); see 'studenthub role list'.")
        List<Role> roles = List.of();

        @ArgGroup(exclusive = true)
        Person person;

        @ArgGroup(exclusive = true)
        Kind kind = new Kind();

        Create(CliRuntime runtime) {
            super(runtime);
        }

        /** The record the account belongs to. */
        static final class Person {
            @Option(names = "--student", paramLabel = "NUMBER", description = "The account is this student's.")
            String studentNumber;

            @Option(names = "--teacher", paramLabel = "STAFF_NUMBER", description = "The account is this teacher's.")
            String staffNumber;
        }

        /** Where the account lives. */
        static final class Kind {
            @Option(names = "--platform-admin", description = "Create a platform administrator (no college).")
            boolean platformAdmin;

            @Option(names = "--college", paramLabel = "CODE",
                    description = "Create the administrator of this college (platform administrators).")
            String college;
        }

        @Override
        int run(AppServices services) {
            if (kind.platformAdmin || kind.college != null) {
                return createAdministrator(services);
            }
            CollegeContext context = signIn.college(services, runtime);
            Long studentId = person == null || person.studentNumber == null ? null
                    : services.students().getByNumber(context, person.studentNumber).id();
            Long teacherId = person == null || person.staffNumber == null ? null
                    : services.teachers().findByStaffNumber(context, person.staffNumber).map(TeacherView::id)
                            .orElseThrow(() -> new NotFoundException("teacher", person.staffNumber));
            ScopeArgument scopes = new ScopeArgument(services, context);
            List<Scope> roleScopes = roles.stream().map(role -> scopes.parse(null, role)).toList();
            char[] password = NewPassword.read(runtime, login);
            UserView user;
            try {
                user = services.users().create(context, new NewUser(login, name, password, studentId, teacherId));
            } finally {
                Arrays.fill(password, '\0');
            }
            for (int i = 0; i < roles.size(); i++) {
                user = services.users().grant(context, user.login(), roles.get(i), roleScopes.get(i));
            }
            runtime.out().println(I18n.tr("cli.user.created", user.login()));
            print(services, context, user);
            return ExitCodes.OK;
        }

        private int createAdministrator(AppServices services) {
            if (person != null || !roles.isEmpty()) {
                throw new InvalidInputException("cli.user.admin_options");
            }
            PlatformContext context = signIn.platform(services, runtime, actor());
            char[] password = NewPassword.read(runtime, login);
            try {
                NewUser user = NewUser.of(login, name, password);
                UserView created = kind.platformAdmin ? services.users().createPlatformAdmin(context, user)
                        : services.users().createCollegeAdmin(context, services.colleges().getByCode(kind.college).id(),
                                user);
                runtime.out().println(I18n.tr(kind.platformAdmin ? "cli.user.platform_admin" : "cli.user.college_admin",
                        created.login(), kind.college));
                return ExitCodes.OK;
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** A change of one account, which then prints the account as it is now. */
    abstract static class AccountChange extends UserAction {
        @Parameters(index = "0", paramLabel = "LOGIN")
        String login;

        AccountChange(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        final int run(AppServices services) {
            CollegeContext context = signIn.college(services, runtime);
            print(services, context, change(services, context));
            return ExitCodes.OK;
        }

        abstract UserView change(AppServices services, CollegeContext context);
    }

    @Command(name = "disable", description = "Stop an account from signing in (its records and grants stay).")
    static final class Disable extends AccountChange {
        Disable(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        UserView change(AppServices services, CollegeContext context) {
            return services.users().disable(context, login);
        }
    }

    @Command(name = "enable", description = "Let a disabled account sign in again.")
    static final class Enable extends AccountChange {
        Enable(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        UserView change(AppServices services, CollegeContext context) {
            return services.users().enable(context, login);
        }
    }

    /** Giving or taking away one grant: LOGIN ROLE [--scope SCOPE]. */
    abstract static class GrantChange extends AccountChange {
        @Parameters(index = "1", paramLabel = "ROLE", converter = SecurityArguments.RoleConverter.class)
        Role role;

        @Option(names = "--scope", paramLabel = "SCOPE",
                description = "Where the role applies (default: the role's usual scope).")
        String scope;

        GrantChange(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        final UserView change(AppServices services, CollegeContext context) {
            return change(services, context, new ScopeArgument(services, context).parse(scope, role));
        }

        abstract UserView change(AppServices services, CollegeContext context, Scope parsed);
    }

    @Command(name = "grant", description = {"Give an account a role within a scope. Takes effect at its next sign-in.",
        "SCOPE: college, assigned, self, department:CODE, section:CODE or section:CODE@YEAR (default: the role's"
            + " usual scope)."})
    static final class GrantRole extends GrantChange {
        GrantRole(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        UserView change(AppServices services, CollegeContext context, Scope parsed) {
            return services.users().grant(context, login, role, parsed);
        }
    }

    @Command(name = "revoke", description = "Take a role (within a scope) away from an account. Takes effect at its next sign-in.")
    static final class RevokeRole extends GrantChange {
        RevokeRole(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        UserView change(AppServices services, CollegeContext context, Scope parsed) {
            return services.users().revoke(context, login, role, parsed);
        }
    }

    @Command(name = "unlock", description = "Lift the lock after repeated failed sign-ins (IT support).")
    static final class Unlock extends UserAction {
        @Parameters(paramLabel = "LOGIN")
        String login;

        Unlock(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int run(AppServices services) {
            CollegeContext context = signIn.college(services, runtime);
            UserView user = services.users().unlock(context, login);
            runtime.out().println(I18n.tr("cli.user.unlocked", user.login()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "passwd", description = {"Change your own password, or (IT support, administrators) set LOGIN's.",
        "The new password is asked for twice without echo, or read from STUDENTHUB_NEW_PASSWORD."})
    static final class Passwd extends UserAction {
        @Parameters(arity = "0..1", paramLabel = "LOGIN", description = "Whose password to set (default: yours).")
        String login;

        Passwd(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int run(AppServices services) {
            if (login == null) {
                return changeOwn(services);
            }
            CollegeContext context = signIn.college(services, runtime);
            char[] password = NewPassword.read(runtime, login);
            try {
                UserView user = services.users().resetPassword(context, login, password);
                runtime.out().println(I18n.tr("cli.user.password_set", user.login()));
            } finally {
                Arrays.fill(password, '\0');
            }
            return ExitCodes.OK;
        }

        private int changeOwn(AppServices services) {
            SignInOptions.Credentials credentials = signIn.credentials(runtime);
            char[] password = null;
            try {
                password = NewPassword.read(runtime, credentials.login());
                services.signIn().changePassword(credentials.login(), credentials.password(), password);
                runtime.out().println(I18n.tr("cli.user.password_changed", credentials.login()));
                return ExitCodes.OK;
            } finally {
                credentials.wipe();
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
        }
    }

    @Command(name = "list", description = "List the accounts of your college with their state and roles.")
    static final class ListUsers extends UserAction {
        ListUsers(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int run(AppServices services) {
            CollegeContext context = signIn.college(services, runtime);
            for (UserView user : services.users().list(context)) {
                print(services, context, user);
            }
            return ExitCodes.OK;
        }
    }

    private UserCommand() {}
}
