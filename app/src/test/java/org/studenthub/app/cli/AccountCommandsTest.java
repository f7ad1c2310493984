package org.studenthub.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Setting up a fresh embedded database, managing accounts and the role matrix from the command line. */
class AccountCommandsTest {
    private static final String ADMIN = "a passphrase for the admin";
    private static final String STAFF = "a passphrase for the staff";

    @TempDir
    Path home;

    private CliHarness cli;

    @BeforeEach
    void createCollegeWithItsAdministrator() {
        cli = CliHarness.embedded(home).newPassword(ADMIN);
        CliHarness.Run created = cli.run("college", "create", "--code", "ROMA1", "--name", "Istituto Roma",
                "--admin-login", "admin.roma1", "--admin-name", "Anna Rossi");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).contains("admin.roma1");
        cli.signedInAs("admin.roma1", ADMIN).newPassword(STAFF);
    }

    @Test
    void afterTheFirstCollegeCreatingAnotherNeedsAPlatformAdministrator() {
        CliHarness.Run anonymous = cli.signedOut().run("college", "create", "--code", "MI1", "--name", "Milano",
                "--admin-login", "admin.mi1");
        CliHarness.Run collegeAdmin = cli.signedInAs("admin.roma1", ADMIN).run("college", "create", "--code", "MI1",
                "--name", "Milano", "--admin-login", "admin.mi1");

        assertThat(anonymous.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(collegeAdmin.exitCode()).isEqualTo(ExitCodes.ACCESS_DENIED);
        assertThat(collegeAdmin.err()).contains("college.manage");
        assertThat(cli.run("college", "list").out()).doesNotContain("MI1");
    }

    @Test
    void theAdministratorCreatesAnAccountWithARoleAndItSignsIn() {
        CliHarness.Run created = cli.run("user", "create", "--login", "bianchi", "--name", "Giulia Bianchi",
                "--role", "registrar");
        CliHarness.Run listed = cli.run("user", "list");
        CliHarness.Run asBianchi = cli.signedInAs("bianchi", STAFF).run("student", "find", "ros");

        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(listed.out()).contains("admin.roma1").containsPattern("bianchi +ACTIVE +Giulia Bianchi +registrar@college");
        assertThat(asBianchi.exitCode()).as(asBianchi.err()).isZero();
        assertThat(asBianchi.out()).contains("No student matches");
    }

    @Test
    void grantAndRevokeChangeWhatTheAccountMayDoAtItsNextSignIn() {
        cli.run("user", "create", "--login", "help", "--name", "Help Desk");
        cli.run("user", "grant", "help", "college_admin");
        assertThat(cli.signedInAs("help", STAFF).run("user", "list").exitCode()).isZero();

        CliHarness.Run revoked = cli.signedInAs("admin.roma1", ADMIN).run("user", "revoke", "help", "college-admin");

        assertThat(revoked.exitCode()).as(revoked.err()).isZero();
        assertThat(cli.signedInAs("help", STAFF).run("user", "list").exitCode()).isEqualTo(ExitCodes.ACCESS_DENIED);
    }

    @Test
    void platformAdministrationCannotBeGrantedInACollege() {
        CliHarness.Run run = cli.run("user", "grant", "admin.roma1", "platform_admin");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ACCESS_DENIED);
        assertThat(run.err()).contains("platform_admin");
    }

    @Test
    void itSupportUnlocksAnAccountLockedByFailedSignIns() {
        cli.run("user", "create", "--login", "bianchi", "--name", "Giulia Bianchi", "--role", "registrar");
        cli.run("user", "create", "--login", "help", "--name", "Help Desk", "--role", "it_support");
        cli.signedInAs("bianchi", "a wrong passphrase");
        for (int i = 0; i < 4; i++) {
            cli.run("student", "find", "ros");
        }

        CliHarness.Run fifth = cli.run("student", "find", "ros");
        CliHarness.Run lockedWithRightPassword = cli.signedInAs("bianchi", STAFF).run("student", "find", "ros");
        CliHarness.Run unlocked = cli.signedInAs("help", STAFF).run("user", "unlock", "bianchi");
        CliHarness.Run afterUnlock = cli.signedInAs("bianchi", STAFF).run("student", "find", "ros");

        assertThat(fifth.exitCode()).isEqualTo(ExitCodes.ACCESS_DENIED);
        assertThat(fifth.err()).contains("SH-SECURITY-SIGNIN-LOCKED").contains("locked").contains("1 minute");
        assertThat(lockedWithRightPassword.err()).contains("SH-SECURITY-SIGNIN-LOCKED");
        assertThat(unlocked.exitCode()).as(unlocked.err()).isZero();
        assertThat(afterUnlock.exitCode()).as(afterUnlock.err()).isZero();
    }

    @Test
    void aPermissionOutsideTheRolesCeilingIsRefusedNamingBoth() {
        CliHarness.Run refused = cli.run("role", "grant-permission", "faculty", "user.manage");
        CliHarness.Run granted = cli.run("role", "grant-permission", "registrar", "attendance.write");
        CliHarness.Run shown = cli.run("role", "show", "registrar");

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(refused.err()).contains("faculty").contains("user.manage");
        assertThat(granted.exitCode()).as(granted.err()).isZero();
        assertThat(shown.out()).contains("[x] attendance.write").contains("[x] student.read");
    }

    @Test
    void anUnknownRoleIsAUsageErrorListingTheRoles() {
        CliHarness.Run run = cli.run("role", "show", "janitor");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("janitor").contains("head_of_department");
    }

    @Test
    void usersChangeTheirOwnPassword() {
        CliHarness.Run changed = cli.newPassword("another fine passphrase").run("user", "passwd");

        assertThat(changed.exitCode()).as(changed.err()).isZero();
        assertThat(cli.run("user", "list").exitCode()).isEqualTo(ExitCodes.ACCESS_DENIED);
        assertThat(cli.signedInAs("admin.roma1", "another fine passphrase").run("user", "list").exitCode()).isZero();
    }

    @Test
    void aPlatformAdministratorHasNoCollegeToWorkIn() {
        CliHarness fresh = CliHarness.embedded(home.resolve("other")).newPassword(ADMIN);
        assertThat(fresh.run("user", "create", "--platform-admin", "--login", "root", "--name", "Platform")
                .exitCode()).isZero();
        fresh.signedInAs("root", ADMIN);

        CliHarness.Run college = fresh.run("college", "create", "--code", "MI1", "--name", "Milano",
                "--admin-login", "admin.mi1");
        CliHarness.Run records = fresh.run("student", "find", "ros");

        assertThat(college.exitCode()).as(college.err()).isZero();
        assertThat(records.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(records.err()).contains("platform administrator");
    }
}
