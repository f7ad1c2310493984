package org.studenthub.core.security.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.studenthub.core.db.Database;
import org.studenthub.core.db.DatabaseLocation;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.Role;
import org.studenthub.core.security.Scope;

/** The SECURITY DEFINER user-management functions, called the way the client calls them. */
class UserManagementFunctionsTest extends OnSecuredPostgres {
    @Test
    void anAdministratorCreatesAPersonWhoCanSignInWithExactlyTheGrantedRole() throws SQLException {
        String login = "new.registrar." + pg.tag;
        try (Connection admin = pg.connect(pg.loginsA.get(Role.COLLEGE_ADMIN))) {
            PostgresAccounts accounts = new PostgresAccounts(admin);
            accounts.createUser(login, "New Registrar", SecuredPostgres.PASSWORD.toCharArray(), null, null);
            try (Connection fresh = pg.connect(login)) {
                // Without a role the login cannot even see the schema.
                assertThatThrownBy(() -> SecuredPostgres.longValue(fresh, "SELECT count(*) FROM student"))
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42P01"));
            }
            accounts.grant(login, Role.REGISTRAR, Scope.COLLEGE);
            assertThat(accounts.list()).anySatisfy(row -> {
                assertThat(row.login()).isEqualTo(login);
                assertThat(row.grants()).isEqualTo("registrar@college");
            });
        }
        try (Connection fresh = pg.connect(login)) {
            assertThat(SecuredPostgres.longValue(fresh, "SELECT count(*) FROM student")).isPositive();
            assertThat(SecuredPostgres.strings(fresh, "SELECT permission_code FROM sh_my_access()"))
                    .contains("student.write").doesNotContain("user.manage");
        }
    }

    @Test
    void anAdministratorCanNeverGrantPlatformAdministrationOrReachAnotherCollege() throws SQLException {
        try (Connection admin = pg.connect(pg.loginsA.get(Role.COLLEGE_ADMIN))) {
            PostgresAccounts accounts = new PostgresAccounts(admin);
            String registrar = pg.loginsA.get(Role.REGISTRAR);
            assertFails(() -> accounts.grant(registrar, Role.PLATFORM_ADMIN, Scope.COLLEGE), "22023");
            assertFails(() -> accounts.grant(pg.adminB, Role.REGISTRAR, Scope.COLLEGE), "P0002");
            assertFails(() -> accounts.setActive(pg.adminB, false), "P0002");
            assertFails(() -> accounts.grant(registrar, Role.HEAD_OF_DEPARTMENT, Scope.department(999_999)), "P0002");
        }
        try (Connection b = pg.connect(pg.adminB)) {
            assertThat(SecuredPostgres.strings(b, "SELECT login FROM sh_list_users()")).contains(pg.adminB)
                    .doesNotContainAnyElementsOf(pg.loginsA.values());
        }
    }

    @Test
    void inputsThatCouldReachDdlAreRejected() throws SQLException {
        try (Connection admin = pg.connect(pg.loginsA.get(Role.COLLEGE_ADMIN))) {
            PostgresAccounts accounts = new PostgresAccounts(admin);
            assertFails(() -> accounts.createUser("x\"; DROP TABLE student; --", "Evil",
                    "pw-123456789".toCharArray(), null, null), "22023");
            assertFails(() -> accounts.createUser("Upper", "Evil", "pw-123456789".toCharArray(), null, null), "22023");
            assertFails(() -> SecuredPostgres.execute(admin, "SELECT sh_create_user('plainpw." + pg.tag
                    + "', 'Clear', 'secret', NULL, NULL)"), "22023");
        }
        try (Connection su = pg.superuser()) {
            assertThat(SecuredPostgres.longValue(su, "SELECT count(*) FROM student")).isPositive();
        }
    }

    @Test
    void onlyHoldersOfTheRightPermissionMayCallTheFunctions() throws SQLException {
        try (Connection registrar = pg.connect(pg.loginsA.get(Role.REGISTRAR))) {
            PostgresAccounts accounts = new PostgresAccounts(registrar);
            assertFails(() -> accounts.createUser("nope." + pg.tag, "Nope", "pw-123456789".toCharArray(), null, null),
                    "42501");
            assertFails(() -> accounts.createCollege("XX" + pg.tag.toUpperCase(), "X", "en", "UTC", "ECTS"), "42501");
        }
        try (Connection admin = pg.connect(pg.loginsA.get(Role.COLLEGE_ADMIN))) {
            assertFails(() -> new PostgresAccounts(admin).createCollege("YY" + pg.tag.toUpperCase(), "Y", "en", "UTC",
                    "ECTS"), "42501");
        }
    }

    @Test
    void disablingStopsSignInAndItSupportResetsPasswordsWithoutSeeingStudents() throws SQLException {
        String login = "leaver." + pg.tag;
        try (Connection admin = pg.connect(pg.loginsA.get(Role.COLLEGE_ADMIN))) {
            PostgresAccounts accounts = new PostgresAccounts(admin);
            accounts.createUser(login, "Leaver", SecuredPostgres.PASSWORD.toCharArray(), null, null);
            accounts.grant(login, Role.FACULTY, Scope.section(pg.sectionScope));
            accounts.setActive(login, false);
        }
        assertThatThrownBy(() -> pg.connect(login).close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("not permitted to log in");
        try (Connection admin = pg.connect(pg.loginsA.get(Role.COLLEGE_ADMIN))) {
            new PostgresAccounts(admin).setActive(login, true);
        }
        try (Connection it = pg.connect(pg.loginsA.get(Role.IT_SUPPORT))) {
            new PostgresAccounts(it).resetPassword(login, "Another-long-pass-1".toCharArray());
            assertFails(() -> new PostgresAccounts(it).setActive(login, false), "42501");
        }
        try (Connection back = java.sql.DriverManager.getConnection(pg.db.database().location().jdbcUrl(),
                pg.roles.login(login), "Another-long-pass-1")) {
            assertThat(SecuredPostgres.longValue(back, "SELECT count(*) FROM student")).isPositive();
        }
    }

    @Test
    void accountChangesAreAuditedAsThePersonWhoMadeThemAndNeverCarryTheVerifier() throws SQLException {
        String login = "audited." + pg.tag;
        String admin = pg.loginsA.get(Role.COLLEGE_ADMIN);
        String support = pg.loginsA.get(Role.IT_SUPPORT);
        try (Connection a = pg.connect(admin)) {
            PostgresAccounts accounts = new PostgresAccounts(a);
            long id = accounts.createUser(login, "Audited Person", SecuredPostgres.PASSWORD.toCharArray(), null, null);
            accounts.grant(login, Role.MENTOR, Scope.ASSIGNED);
            accounts.revoke(login, Role.MENTOR, Scope.ASSIGNED);
            accounts.setActive(login, false);
            accounts.setActive(login, true);
            try (Connection it = pg.connect(support)) {
                new PostgresAccounts(it).resetPassword(login, "Another-long-pass-2".toCharArray());
            }

            List<String> trail = SecuredPostgres.strings(a, "SELECT table_name || ' ' || action || ' ' || actor"
                    + " FROM audit_event WHERE college_id = " + pg.collegeA + " AND (table_name = 'app_user' AND row_id = "
                    + id + " OR table_name = 'user_grant' AND changes LIKE '%\"user_id\": " + id + ",%') ORDER BY seq");
            assertThat(trail).containsExactly("app_user INSERT " + pg.roles.login(admin),
                    "user_grant INSERT " + pg.roles.login(admin), "user_grant DELETE " + pg.roles.login(admin),
                    "app_user UPDATE " + pg.roles.login(admin), "app_user UPDATE " + pg.roles.login(admin),
                    "app_user UPDATE " + pg.roles.login(support));
            assertThat(SecuredPostgres.strings(a, "SELECT changes FROM audit_event WHERE college_id = " + pg.collegeA
                    + " AND table_name = 'app_user' AND row_id = " + id + " ORDER BY seq DESC LIMIT 1"))
                    .singleElement().asString().contains("password_changed_at").doesNotContain("SCRAM");
            assertThat(SecuredPostgres.longValue(a, "SELECT count(*) FROM audit_event WHERE changes LIKE '%SCRAM%'"))
                    .isZero();
        }
    }

    @Test
    void thePlatformChainIsReadByPlatformAdministratorsAndByNobodyInACollege() throws SQLException {
        try (Connection platform = pg.connect(pg.platformAdmin)) {
            assertThat(SecuredPostgres.strings(platform, "SELECT DISTINCT college_id::text FROM audit_event"))
                    .containsExactly("0");
            assertThat(SecuredPostgres.strings(platform, "SELECT changes FROM audit_event WHERE table_name = 'app_user'"))
                    .anySatisfy(changes -> assertThat(changes).contains(pg.platformAdmin));
            assertThat(SecuredPostgres.longValue(platform, "SELECT count(*) FROM audit_chain_head")).isEqualTo(1);
        }
        try (Connection admin = pg.connect(pg.loginsA.get(Role.COLLEGE_ADMIN))) {
            assertThat(SecuredPostgres.longValue(admin, "SELECT count(*) FROM audit_event WHERE college_id = 0"))
                    .isZero();
            assertThat(SecuredPostgres.longValue(admin, "SELECT count(*) FROM audit_chain_head WHERE college_id = 0"))
                    .isZero();
        }
    }

    @Test
    void grantsAndRolePermissionsCannotBeChangedInPlaceToSlipPastTheAudit() throws SQLException {
        try (Connection su = pg.superuser()) {
            assertFails(() -> SecuredPostgres.execute(su, "UPDATE user_grant SET role_code = 'college_admin'"),
                    "42501");
            assertFails(() -> SecuredPostgres.execute(su, "UPDATE role_permission SET role_code = role_code"),
                    "42501");
        }
    }

    private static void assertFails(ThrowingCallable call, String sqlState) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo(sqlState));
    }

    @Test
    void signingInReadsTheAccessTheDatabaseEnforces() {
        try (Database mentor = Database.connect(DatabaseLocation.postgres(pg.db.database().location().jdbcUrl(),
                pg.roles.login(pg.loginsA.get(Role.MENTOR)), SecuredPostgres.PASSWORD.toCharArray()))) {
            PostgresPrincipal principal = PostgresSignIn.whoAmI(mentor.dataSource());
            assertThat(principal.collegeId()).isEqualTo(pg.collegeA);
            assertThat(principal.access().scopes(Permission.STUDENT_READ)).containsExactly(Scope.ASSIGNED);
            assertThat(principal.access().teacherId()).contains(pg.mentorTeacher);
            assertThat(principal.access().has(Permission.STUDENT_WRITE)).isFalse();
            assertThat(principal.collegeContext()).isPresent();
        }
        try (Database platform = Database.connect(DatabaseLocation.postgres(pg.db.database().location().jdbcUrl(),
                pg.roles.login(pg.platformAdmin), SecuredPostgres.PASSWORD.toCharArray()))) {
            PostgresPrincipal principal = PostgresSignIn.whoAmI(platform.dataSource());
            assertThat(principal.platformAdministrator()).isTrue();
            assertThat(principal.access().permissions()).containsExactly(Permission.COLLEGE_MANAGE);
            assertThat(principal.collegeContext()).isEmpty();
        }
    }

    @Test
    void failedSignInsAreThrottledWithGrowingDelaysAndClearedByItSupportOrSuccess() throws SQLException {
        String victim = pg.roles.login(pg.loginsA.get(Role.FACULTY));
        String bystander = pg.roles.login(pg.loginsA.get(Role.PRINCIPAL));
        SignInGate gate = new SignInGate(pg.db.database().location().jdbcUrl(), pg.roles);

        assertThat(List.of(gate.failed(victim), gate.failed(victim), gate.failed(victim))).containsOnly(0);
        int first = gate.failed(victim);
        int second = gate.failed(victim);
        assertThat(first).isEqualTo(5);
        assertThat(second).isEqualTo(10);
        assertThat(gate.secondsToWait(victim)).isBetween(9, 10);
        assertThat(gate.secondsToWait(bystander)).isZero();
        for (int i = 0; i < 20; i++) {
            gate.failed(victim);
        }
        assertThat(gate.secondsToWait(victim)).as("capped at 15 minutes").isBetween(899, 900);
        // The gate login itself can do nothing else.
        try (Connection g = java.sql.DriverManager.getConnection(pg.db.database().location().jdbcUrl(),
                pg.roles.gate(), org.studenthub.core.db.PostgresRoles.GATE_PASSWORD)) {
            assertFails(() -> SecuredPostgres.execute(g, "SELECT sh_signin_succeeded()"), "42501");
            assertFails(() -> SecuredPostgres.execute(g, "SELECT * FROM sh_signin_attempt"), "42501");
        }

        try (Connection it = pg.connect(pg.loginsA.get(Role.IT_SUPPORT))) {
            SecuredPostgres.execute(it, "SELECT sh_unlock_user('" + pg.loginsA.get(Role.FACULTY) + "')");
        }
        assertThat(gate.secondsToWait(victim)).isZero();

        for (int i = 0; i < 5; i++) {
            gate.failed(victim);
        }
        try (Connection signedIn = pg.connect(pg.loginsA.get(Role.FACULTY))) {
            SignInGate.succeeded(signedIn);
        }
        assertThat(gate.secondsToWait(victim)).isZero();
    }
}
