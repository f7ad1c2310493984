package org.studenthub.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.tenancy.CollegeContext;

class RoleServiceTest {

    @DatabaseTest
    void aNewCollegeStartsWithTheDefaultPermissionsOfEveryCollegeRole(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege("ROMA1");

        long seeded = count(db, "SELECT COUNT(*) FROM role_permission WHERE college_id = " + college.collegeId());
        long defaults = count(db, "SELECT COUNT(*) FROM role_ceiling rc JOIN app_permission p"
                + " ON p.code = rc.permission_code WHERE rc.granted_by_default AND NOT p.platform_level");

        assertThat(seeded).isEqualTo(defaults).isGreaterThan(40);
        assertThat(count(db, "SELECT COUNT(*) FROM role_permission WHERE role_code = 'platform_admin'")).isZero();
    }

    @DatabaseTest
    void showListsTheCeilingWithWhatTheCollegeGrants(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        CollegeContext admin = accounts.collegeWithAdmin("ROMA1", "rossi");

        RoleView registrar = accounts.roles.show(admin, Role.REGISTRAR);

        assertThat(registrar.granted()).contains(Permission.STUDENT_READ, Permission.PORTFOLIO_ISSUE)
                .doesNotContain(Permission.ATTENDANCE_WRITE);
        assertThat(registrar.permissions()).extracting(RoleView.RolePermission::permission)
                .contains(Permission.ATTENDANCE_WRITE).doesNotContain(Permission.USER_MANAGE);
        assertThat(accounts.roles.list(admin)).extracting(RoleView::role).doesNotContain(Role.PLATFORM_ADMIN)
                .hasSize(Role.values().length - 1);
    }

    @DatabaseTest
    void aPermissionOutsideTheRolesCeilingIsRefusedNamingRoleAndPermission(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        CollegeContext admin = accounts.collegeWithAdmin("ROMA1", "rossi");

        assertThatThrownBy(() -> accounts.roles.grantPermission(admin, Role.FACULTY, Permission.USER_MANAGE))
                .isInstanceOf(OutsideCeilingException.class)
                .hasMessageContaining("faculty").hasMessageContaining("user.manage");
        assertThatThrownBy(() -> accounts.roles.grantPermission(admin, Role.IT_SUPPORT, Permission.STUDENT_READ))
                .isInstanceOf(OutsideCeilingException.class);
        assertThat(accounts.roles.show(admin, Role.FACULTY).granted()).doesNotContain(Permission.USER_MANAGE);
    }

    @DatabaseTest
    void aRevokedPermissionIsGoneAtTheNextSignInAndOnlyInThatCollege(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        CollegeContext roma = accounts.collegeWithAdmin("ROMA1", "rossi");
        CollegeContext milano = accounts.collegeWithAdmin("MI1", "brambilla");
        CollegeContext before = accounts.user(roma, "bianchi", Role.REGISTRAR, Scope.COLLEGE);
        accounts.user(milano, "colombo", Role.REGISTRAR, Scope.COLLEGE);

        assertThat(accounts.roles.revokePermission(roma, Role.REGISTRAR, Permission.STUDENT_EXPORT)).isTrue();

        assertThat(before.access().has(Permission.STUDENT_EXPORT)).isTrue();
        assertThat(accounts.context("bianchi").access().has(Permission.STUDENT_EXPORT)).isFalse();
        assertThat(accounts.context("bianchi").access().has(Permission.STUDENT_READ)).isTrue();
        assertThat(accounts.context("colombo").access().has(Permission.STUDENT_EXPORT)).isTrue();
        assertThat(accounts.roles.revokePermission(roma, Role.REGISTRAR, Permission.STUDENT_EXPORT)).isFalse();
    }

    @DatabaseTest
    void aPermissionWithinTheCeilingTakesEffectAtTheNextSignIn(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        CollegeContext admin = accounts.collegeWithAdmin("ROMA1", "rossi");
        accounts.user(admin, "bianchi", Role.REGISTRAR, Scope.COLLEGE);

        assertThat(accounts.roles.grantPermission(admin, Role.REGISTRAR, Permission.ATTENDANCE_WRITE)).isTrue();

        assertThat(accounts.context("bianchi").collegeWide(Permission.ATTENDANCE_WRITE)).isTrue();
        assertThat(accounts.roles.grantPermission(admin, Role.REGISTRAR, Permission.ATTENDANCE_WRITE)).isFalse();
    }

    @DatabaseTest
    void theCollegeAdministratorKeepsUserAndRoleManagement(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        CollegeContext admin = accounts.collegeWithAdmin("ROMA1", "rossi");

        assertThatThrownBy(() -> accounts.roles.revokePermission(admin, Role.COLLEGE_ADMIN, Permission.ROLE_MANAGE))
                .isInstanceOf(ConflictException.class).hasMessageContaining("role.manage");
        assertThat(accounts.context("rossi").collegeWide(Permission.ROLE_MANAGE)).isTrue();
    }

    @DatabaseTest
    void theMatrixIsEditedOnlyWithRoleManage(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        CollegeContext admin = accounts.collegeWithAdmin("ROMA1", "rossi");
        CollegeContext registrar = accounts.user(admin, "bianchi", Role.REGISTRAR, Scope.COLLEGE);

        assertThatThrownBy(() -> accounts.roles.grantPermission(registrar, Role.REGISTRAR, Permission.ATTENDANCE_WRITE))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("role.manage");
        assertThatThrownBy(() -> accounts.roles.show(admin, Role.PLATFORM_ADMIN))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static long count(TestDatabase db, String sql) throws Exception {
        try (Connection c = db.database().dataSource().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
