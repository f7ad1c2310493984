package org.studenthub.app.cli;

import java.util.stream.Collectors;
import org.studenthub.app.AppServices;
import org.studenthub.app.I18n;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.Role;
import org.studenthub.core.security.RoleService;
import org.studenthub.core.security.RoleView;
import org.studenthub.core.tenancy.CollegeContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code studenthub role list|show|grant-permission|revoke-permission}: the college's role-permission matrix. */
@Command(name = "role", description = "Your college's roles and their permissions: list, show, grant-permission,"
        + " revoke-permission. Changes apply from each user's next sign-in.",
        subcommands = {RoleCommand.ListRoles.class, RoleCommand.Show.class, RoleCommand.GrantPermission.class,
            RoleCommand.RevokePermission.class})
final class RoleCommand {
    private RoleCommand() {}

    /** A command on the matrix, signed in. */
    abstract static class RoleAction extends DatabaseCommand {
        @Mixin
        SignInOptions signIn;

        RoleAction(CliRuntime runtime) {
            super(runtime);
        }
    }

    @Command(name = "list", description = "Every role with its usual scope and the permissions your college gives it.")
    static final class ListRoles extends RoleAction {
        ListRoles(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int run(AppServices services) {
            CollegeContext context = signIn.college(services, runtime);
            for (RoleView role : services.roles().list(context)) {
                String granted = role.granted().stream().map(Permission::code).collect(Collectors.joining(", "));
                runtime.out().printf("%-26s %-10s %s%n", role.role().code(), role.defaultScope().name().toLowerCase(
                        java.util.Locale.ROOT), granted.isEmpty() ? "-" : granted);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", description = "Every permission a role may hold, marking those your college gives it.")
    static final class Show extends RoleAction {
        @Parameters(paramLabel = "ROLE", converter = SecurityArguments.RoleConverter.class)
        Role role;

        Show(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int run(AppServices services) {
            CollegeContext context = signIn.college(services, runtime);
            RoleView view = services.roles().show(context, role);
            runtime.out().println(I18n.tr("cli.role.show.header", view.role().code(),
                    view.defaultScope().name().toLowerCase(java.util.Locale.ROOT)));
            for (RoleView.RolePermission p : view.permissions()) {
                runtime.out().printf("  [%s] %-22s %s%n", p.granted() ? "x" : " ", p.permission().code(),
                        p.byDefault() ? I18n.tr("cli.role.show.default") : "");
            }
            return ExitCodes.OK;
        }
    }

    /** Giving a role a permission, or taking it away: ROLE PERMISSION. */
    abstract static class PermissionChange extends RoleAction {
        @Parameters(index = "0", paramLabel = "ROLE", converter = SecurityArguments.RoleConverter.class)
        Role role;

        @Parameters(index = "1", paramLabel = "PERMISSION", converter = SecurityArguments.PermissionConverter.class)
        Permission permission;

        private final String changedKey;
        private final String unchangedKey;

        PermissionChange(CliRuntime runtime, String changedKey, String unchangedKey) {
            super(runtime);
            this.changedKey = changedKey;
            this.unchangedKey = unchangedKey;
        }

        @Override
        final int run(AppServices services) {
            CollegeContext context = signIn.college(services, runtime);
            boolean changed = change(services.roles(), context);
            runtime.out().println(I18n.tr(changed ? changedKey : unchangedKey, role.code(), permission.code()));
            return ExitCodes.OK;
        }

        /** True when the matrix changed. */
        abstract boolean change(RoleService roles, CollegeContext context);
    }

    @Command(name = "grant-permission", description = "Give a role a permission within what the role may hold.")
    static final class GrantPermission extends PermissionChange {
        GrantPermission(CliRuntime runtime) {
            super(runtime, "cli.role.granted", "cli.role.already_granted");
        }

        @Override
        boolean change(RoleService roles, CollegeContext context) {
            return roles.grantPermission(context, role, permission);
        }
    }

    @Command(name = "revoke-permission", description = "Take a permission away from a role.")
    static final class RevokePermission extends PermissionChange {
        RevokePermission(CliRuntime runtime) {
            super(runtime, "cli.role.revoked", "cli.role.already_revoked");
        }

        @Override
        boolean change(RoleService roles, CollegeContext context) {
            return roles.revokePermission(context, role, permission);
        }
    }
}
