package org.studenthub.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.tenancy.CollegeContext;

class UserAdministrationTest {

    @DatabaseTest
    void aCollegeAdministratorCreatesAccountsOnlyInTheirOwnCollege(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        CollegeContext roma = accounts.collegeWithAdmin("ROMA1", "rossi");
        CollegeContext milano = accounts.collegeWithAdmin("MI1", "brambilla");

        UserView created = accounts.users.create(roma, NewUser.of("bianchi", "Bianchi", Accounts.PASSWORD.toCharArray()));

        assertThat(created.collegeId()).isEqualTo(roma.collegeId());
        assertThat(accounts.users.list(roma)).extracting(UserView::login).containsExactly("bianchi", "rossi");
        assertThat(accounts.users.list(milano)).extracting(UserView::login).containsExactly("brambilla");
    }

    @DatabaseTest
    void aCollegeAdministratorCannotTouchAccountsOfAnotherCollege(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        CollegeContext roma = accounts.collegeWithAdmin("ROMA1", "rossi");
        CollegeContext milano = accounts.collegeWithAdmin("MI1", "brambilla");
        accounts.user(milano, "colombo", Role.FACULTY, Scope.COLLEGE);

        assertThatThrownBy(() -> accounts.users.grant(roma, "colombo", Role.COLLEGE_ADMIN, Scope.COLLEGE))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("colombo");
        assertThatThrownBy(() -> accounts.users.disable(roma, "colombo")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.users.resetPassword(roma, "colombo", "taken over by roma".toCharArray()))
                .isInstanceOf(NotFoundException.class);
        assertThat(accounts.context("colombo").access().has(Permission.USER_MANAGE)).isFalse();
    }

    @DatabaseTest
    void grantsPointOnlyAtDepartmentsOfTheCallersCollege(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        CollegeContext roma = accounts.collegeWithAdmin("ROMA1", "rossi");
        CollegeContext milano = accounts.collegeWithAdmin("MI1", "brambilla");
        long milanDepartment = Fixtures.department(db, milano, "INF");
        accounts.users.create(roma, NewUser.of("bianchi", "Bianchi", Accounts.PASSWORD.toCharArray()));

        assertThatThrownBy(() -> accounts.users.grant(roma, "bianchi", Role.HEAD_OF_DEPARTMENT,
                Scope.department(milanDepartment))).isInstanceOf(NotFoundException.class);
    }

    @DatabaseTest
    void nobodyCanGrantPlatformAdministrationInACollege(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        CollegeContext roma = accounts.collegeWithAdmin("ROMA1", "rossi");

        assertThatThrownBy(() -> accounts.users.grant(roma, "rossi", Role.PLATFORM_ADMIN, Scope.PLATFORM))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("platform_admin");
        assertThatThrownBy(() -> accounts.users.grant(roma, "rossi", Role.PLATFORM_ADMIN, Scope.COLLEGE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.signIn("rossi").platform().permissions()).isEmpty();
    }

    @DatabaseTest
    void accountsAreManagedOnlyWithUserManage(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        CollegeContext admin = accounts.collegeWithAdmin("ROMA1", "rossi");
        CollegeContext registrar = accounts.user(admin, "bianchi", Role.REGISTRAR, Scope.COLLEGE);

        assertThatThrownBy(() -> accounts.users.create(registrar,
                NewUser.of("verdi", "Verdi", Accounts.PASSWORD.toCharArray())))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("user.manage");
        assertThatThrownBy(() -> accounts.users.grant(registrar, "bianchi", Role.COLLEGE_ADMIN, Scope.COLLEGE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.users.unlock(registrar, "rossi"))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("user.unlock");
    }

    @DatabaseTest
    void itSupportUnlocksAndResetsStaffPasswordsButSeesNothingElse(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        CollegeContext admin = accounts.collegeWithAdmin("ROMA1", "rossi");
        accounts.user(admin, "bianchi", Role.REGISTRAR, Scope.COLLEGE);
        CollegeContext itSupport = accounts.user(admin, "help", Role.IT_SUPPORT, Scope.COLLEGE);

        accounts.users.resetPassword(itSupport, "bianchi", "a fresh passphrase".toCharArray());

        assertThat(accounts.signIn.signIn("bianchi", "a fresh passphrase".toCharArray()).login()).isEqualTo("bianchi");
        assertThat(itSupport.access().permissions()).containsExactly(Permission.USER_UNLOCK);
        assertThatThrownBy(() -> accounts.users.list(itSupport)).isInstanceOf(AccessDeniedException.class);
    }

    @DatabaseTest
    void itSupportCannotResetAnAdministratorsPassword(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        CollegeContext admin = accounts.collegeWithAdmin("ROMA1", "rossi");
        CollegeContext itSupport = accounts.user(admin, "help", Role.IT_SUPPORT, Scope.COLLEGE);

        assertThatThrownBy(() -> accounts.users.resetPassword(itSupport, "rossi", "taken over by it".toCharArray()))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("user.manage");
        assertThat(accounts.signIn("rossi").login()).isEqualTo("rossi");
    }

    @DatabaseTest
    void aRevokedGrantIsGoneAtTheNextSignIn(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        CollegeContext admin = accounts.collegeWithAdmin("ROMA1", "rossi");
        CollegeContext before = accounts.user(admin, "bianchi", Role.REGISTRAR, Scope.COLLEGE);

        UserView revoked = accounts.users.revoke(admin, "bianchi", Role.REGISTRAR, Scope.COLLEGE);

        assertThat(revoked.grants()).isEmpty();
        assertThat(before.access().has(Permission.STUDENT_READ)).as("the open session keeps its access").isTrue();
        assertThat(accounts.context("bianchi").access().permissions()).isEmpty();
        assertThatThrownBy(() -> accounts.users.revoke(admin, "bianchi", Role.REGISTRAR, Scope.COLLEGE))
                .isInstanceOf(NotFoundException.class);
    }

    @DatabaseTest
    void grantingTheSameRoleTwiceKeepsOneGrant(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        CollegeContext admin = accounts.collegeWithAdmin("ROMA1", "rossi");
        accounts.user(admin, "bianchi", Role.REGISTRAR, Scope.COLLEGE);

        UserView again = accounts.users.grant(admin, "bianchi", Role.REGISTRAR, Scope.COLLEGE);

        assertThat(again.grants()).containsExactly(new Grant(Role.REGISTRAR, Scope.COLLEGE));
    }

    @DatabaseTest
    void loginsAreUniqueAcrossColleges(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        accounts.collegeWithAdmin("ROMA1", "rossi");
        CollegeContext milano = accounts.collegeWithAdmin("MI1", "brambilla");

        assertThatThrownBy(() -> accounts.users.create(milano, NewUser.of("ROSSI", "Rossi", Accounts.PASSWORD.toCharArray())))
                .isInstanceOf(ConflictException.class).hasMessageContaining("\"rossi\" is already taken");
    }

    @DatabaseTest
    void shortPasswordsAndBadLoginsAreRefusedNamingTheField(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        CollegeContext admin = accounts.collegeWithAdmin("ROMA1", "rossi");

        assertThatThrownBy(() -> accounts.users.create(admin, NewUser.of("bianchi", "Bianchi", "short".toCharArray())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(ValidationException.FieldProblem::field).containsExactly("password"));
        assertThatThrownBy(() -> accounts.users.create(admin, NewUser.of("b", "Bianchi", Accounts.PASSWORD.toCharArray())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(ValidationException.FieldProblem::field).containsExactly("login"));
        assertThatThrownBy(() -> accounts.users.create(admin,
                NewUser.of("bianchi.giulia", "Bianchi", "Bianchi.Giulia".toCharArray())))
                .isInstanceOf(ValidationException.class);
    }

    @DatabaseTest
    void administratorsCannotDisableThemselves(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        CollegeContext admin = accounts.collegeWithAdmin("ROMA1", "rossi");

        assertThatThrownBy(() -> accounts.users.disable(admin, "rossi")).isInstanceOf(ConflictException.class);
    }

    @DatabaseTest
    void anAccountLinksToAStudentOfTheCollegeOnly(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        CollegeContext roma = accounts.collegeWithAdmin("ROMA1", "rossi");
        CollegeContext milano = accounts.collegeWithAdmin("MI1", "brambilla");
        long milanStudent = Fixtures.student(db, milano, Fixtures.department(db, milano, "INF"));

        assertThatThrownBy(() -> accounts.users.create(roma, new NewUser("verdi", "Verdi",
                Accounts.PASSWORD.toCharArray(), milanStudent, null))).isInstanceOf(NotFoundException.class);
    }
}
