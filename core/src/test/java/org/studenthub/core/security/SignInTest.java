package org.studenthub.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import org.studenthub.core.common.StudentHubException;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.tenancy.PlatformContext;

class SignInTest {

    @DatabaseTest
    void unknownLoginAndWrongPasswordGiveTheSameError(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        accounts.collegeWithAdmin("ROMA1", "rossi");

        SignInException unknown = catchThrowableOfType(SignInException.class,
                () -> accounts.signIn.signIn("nobody", Accounts.PASSWORD.toCharArray()));
        SignInException wrong = catchThrowableOfType(SignInException.class,
                () -> accounts.signIn.signIn("rossi", "not the password".toCharArray()));

        assertThat(wrong.messageKey()).isEqualTo(unknown.messageKey()).isEqualTo("security.signin.refused");
        assertThat(wrong.getMessage()).isEqualTo(unknown.getMessage()).doesNotContain("rossi").doesNotContain("nobody");
        assertThat(wrong.errorCode()).isEqualTo(unknown.errorCode());
    }

    @DatabaseTest
    void signingInResolvesAccessFromGrantsAndTheCollegeMatrix(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        CollegeContext admin = accounts.collegeWithAdmin("ROMA1", "rossi");

        CollegeContext registrar = accounts.user(admin, "bianchi", Role.REGISTRAR, Scope.COLLEGE);

        assertThat(registrar.collegeId()).isEqualTo(admin.collegeId());
        assertThat(registrar.actor()).isEqualTo("bianchi");
        assertThat(registrar.collegeWide(Permission.STUDENT_READ)).isTrue();
        assertThat(registrar.access().has(Permission.PORTFOLIO_ISSUE)).isTrue();
        assertThat(registrar.access().has(Permission.USER_MANAGE)).isFalse();
        assertThat(registrar.access().has(Permission.ATTENDANCE_WRITE)).as("in the ceiling, off by default").isFalse();
        assertThat(admin.collegeWide(Permission.USER_MANAGE)).isTrue();
        assertThat(accounts.signIn("bianchi").collegeCode()).isEqualTo("ROMA1");
    }

    @DatabaseTest
    void aDepartmentGrantReachesOnlyThatDepartmentAndAStudentSeesThemself(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        CollegeContext admin = accounts.collegeWithAdmin("ROMA1", "rossi");
        long department = Fixtures.department(db, admin, "INF");
        long student = Fixtures.student(db, admin, department);
        accounts.users.create(admin, new NewUser("verdi", "Verdi", Accounts.PASSWORD.toCharArray(), student, null));
        accounts.users.grant(admin, "verdi", Role.STUDENT, Scope.SELF);

        CollegeContext hod = accounts.user(admin, "neri", Role.HEAD_OF_DEPARTMENT, Scope.department(department));
        CollegeContext self = accounts.context("verdi");

        assertThat(hod.scopes(Permission.STUDENT_READ)).containsExactly(Scope.department(department));
        assertThat(hod.collegeWide(Permission.STUDENT_READ)).isFalse();
        assertThat(self.scopes(Permission.STUDENT_READ)).containsExactly(Scope.SELF);
        assertThat(self.access().studentId()).contains(student);
    }

    @DatabaseTest
    void fiveFailuresLockTheAccountAndTheLockIsReportedWithTheTimeItLifts(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        accounts.collegeWithAdmin("ROMA1", "rossi");
        Instant start = accounts.clock.instant();

        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> accounts.signIn.signIn("rossi", "wrong".toCharArray()))
                    .hasFieldOrPropertyWithValue("messageKey", "security.signin.refused");
        }
        SignInException fifth = catchThrowableOfType(SignInException.class,
                () -> accounts.signIn.signIn("rossi", "wrong".toCharArray()));
        SignInException rightPasswordWhileLocked = catchThrowableOfType(SignInException.class,
                () -> accounts.signIn("rossi"));

        assertThat(fifth.messageKey()).isEqualTo("security.signin.locked");
        assertThat(fifth.args()[0]).isEqualTo(java.util.Date.from(start.plus(Duration.ofMinutes(1))));
        assertThat(rightPasswordWhileLocked.messageKey()).isEqualTo("security.signin.locked");
        assertThat(lockedUntil(db, "rossi")).isEqualTo(start.plus(Duration.ofMinutes(1)));

        accounts.clock.advance(Duration.ofSeconds(61));
        assertThat(accounts.signIn("rossi").user().failedAttempts()).isZero();
        assertThat(lockedUntil(db, "rossi")).isNull();
    }

    @DatabaseTest
    void eachFailureAfterALockDoublesTheNextLock(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        accounts.collegeWithAdmin("ROMA1", "rossi");
        for (int i = 0; i < 5; i++) {
            failOnce(accounts, "rossi");
        }
        accounts.clock.advance(Duration.ofMinutes(1));

        failOnce(accounts, "rossi");
        Instant afterSixth = accounts.clock.instant();
        accounts.clock.advance(Duration.ofMinutes(1));
        SignInException stillLocked = catchThrowableOfType(SignInException.class, () -> accounts.signIn("rossi"));

        assertThat(lockedUntil(db, "rossi")).isEqualTo(afterSixth.plus(Duration.ofMinutes(2)));
        assertThat(stillLocked.messageKey()).isEqualTo("security.signin.locked");
        assertThat(stillLocked.args()[1]).isEqualTo(1L);
    }

    @DatabaseTest
    void attemptsWhileLockedAreNotCounted(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        accounts.collegeWithAdmin("ROMA1", "rossi");
        for (int i = 0; i < 5; i++) {
            failOnce(accounts, "rossi");
        }

        for (int i = 0; i < 10; i++) {
            failOnce(accounts, "rossi");
        }

        assertThat(failedAttempts(db, "rossi")).isEqualTo(5);
    }

    @DatabaseTest
    void itSupportUnlocksALockedAccount(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        CollegeContext admin = accounts.collegeWithAdmin("ROMA1", "rossi");
        accounts.user(admin, "bianchi", Role.REGISTRAR, Scope.COLLEGE);
        CollegeContext itSupport = accounts.user(admin, "help", Role.IT_SUPPORT, Scope.COLLEGE);
        for (int i = 0; i < 5; i++) {
            failOnce(accounts, "bianchi");
        }

        UserView unlocked = accounts.users.unlock(itSupport, "bianchi");

        assertThat(unlocked.lockedUntil()).isNull();
        assertThat(unlocked.failedAttempts()).isZero();
        assertThat(accounts.signIn("bianchi").user().login()).isEqualTo("bianchi");
    }

    @DatabaseTest
    void aDisabledAccountIsRefusedEvenWithTheRightPassword(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        CollegeContext admin = accounts.collegeWithAdmin("ROMA1", "rossi");
        accounts.user(admin, "bianchi", Role.REGISTRAR, Scope.COLLEGE);

        accounts.users.disable(admin, "bianchi");

        assertThatThrownBy(() -> accounts.signIn("bianchi"))
                .isInstanceOf(SignInException.class)
                .hasFieldOrPropertyWithValue("messageKey", "security.signin.disabled");
        assertThatThrownBy(() -> accounts.signIn.signIn("bianchi", "wrong".toCharArray()))
                .hasFieldOrPropertyWithValue("messageKey", "security.signin.refused");
        accounts.users.enable(admin, "bianchi");
        assertThat(accounts.signIn("bianchi").user().status()).isEqualTo(UserStatus.ACTIVE);
    }

    @DatabaseTest
    void aHashWithWeakerParametersIsReplacedAtTheNextSuccessfulSignIn(TestDatabase db) {
        Accounts weak = new Accounts(db);
        weak.collegeWithAdmin("ROMA1", "rossi");
        PasswordHasher stronger = new PasswordHasher(new HashParameters(2048, 2, 1));
        Accounts upgraded = new Accounts(db, stronger);

        assertThatThrownBy(() -> upgraded.signIn.signIn("rossi", "wrong".toCharArray()))
                .isInstanceOf(SignInException.class);
        assertThat(storedHash(db, "rossi")).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");

        upgraded.signIn("rossi");

        assertThat(storedHash(db, "rossi")).startsWith("$argon2id$v=19$m=2048,t=2,p=1$");
        assertThat(stronger.verify(Accounts.PASSWORD.toCharArray(), storedHash(db, "rossi"))).isTrue();
    }

    @DatabaseTest
    void signingInWorksWithTheProductionParameters(TestDatabase db) {
        Accounts accounts = new Accounts(db, new PasswordHasher());

        accounts.collegeWithAdmin("ROMA1", "rossi");

        assertThat(storedHash(db, "rossi")).startsWith("$argon2id$v=19$m=65536,t=3,p=1$");
    }

    @DatabaseTest
    void aPlatformAdministratorHasNoCollegeButMayManageColleges(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        accounts.users.createPlatformAdmin(PlatformContext.system("setup"),
                NewUser.of("root", "Platform", Accounts.PASSWORD.toCharArray()));

        SignedIn platform = accounts.signIn("root");

        assertThat(platform.collegeContext()).isEmpty();
        assertThat(platform.collegeCode()).isNull();
        assertThat(platform.platform().has(Permission.COLLEGE_MANAGE)).isTrue();
        assertThat(platform.user().grants()).containsExactly(new Grant(Role.PLATFORM_ADMIN, Scope.PLATFORM));
    }

    @DatabaseTest
    void collegeUsersHoldNoPlatformPermission(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        accounts.collegeWithAdmin("ROMA1", "rossi");

        PlatformContext platform = accounts.signIn("rossi").platform();

        assertThat(platform.permissions()).isEmpty();
        assertThatThrownBy(() -> accounts.users.createPlatformAdmin(platform,
                NewUser.of("sneaky", "Sneaky", Accounts.PASSWORD.toCharArray())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @DatabaseTest
    void theFirstRunContextExistsOnlyWhileThereIsNoAccount(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        db.newCollege("ROMA1");

        assertThat(accounts.signIn.firstRun("setup")).hasValueSatisfying(
                context -> assertThat(context.has(Permission.COLLEGE_MANAGE)).isTrue());
        accounts.users.createPlatformAdmin(accounts.signIn.firstRun("setup").orElseThrow(),
                NewUser.of("root", "Platform", Accounts.PASSWORD.toCharArray()));

        assertThat(accounts.signIn.firstRun("setup")).isEmpty();
    }

    @DatabaseTest
    void usersChangeTheirOwnPasswordWithTheCurrentOne(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        accounts.collegeWithAdmin("ROMA1", "rossi");

        assertThatThrownBy(() -> accounts.signIn.changePassword("rossi", "wrong".toCharArray(),
                "a brand new passphrase".toCharArray())).isInstanceOf(SignInException.class);
        accounts.signIn.changePassword("rossi", Accounts.PASSWORD.toCharArray(),
                "a brand new passphrase".toCharArray());

        assertThatThrownBy(() -> accounts.signIn("rossi")).isInstanceOf(SignInException.class);
        assertThat(accounts.signIn.signIn("rossi", "a brand new passphrase".toCharArray()).login()).isEqualTo("rossi");
    }

    @DatabaseTest
    void loginsAreCaseInsensitive(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        accounts.collegeWithAdmin("ROMA1", "Rossi");

        assertThat(accounts.signIn.signIn(" ROSSI ", Accounts.PASSWORD.toCharArray()).login()).isEqualTo("rossi");
    }

    private static void failOnce(Accounts accounts, String login) {
        assertThatThrownBy(() -> accounts.signIn.signIn(login, "wrong".toCharArray()))
                .isInstanceOf(StudentHubException.class);
    }

    private static Instant lockedUntil(TestDatabase db, String login) {
        java.time.OffsetDateTime value = column(db, "locked_until", login, java.time.OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static int failedAttempts(TestDatabase db, String login) {
        return column(db, "failed_attempts", login, Integer.class);
    }

    private static String storedHash(TestDatabase db, String login) {
        return column(db, "password_hash", login, String.class);
    }

    private static <T> T column(TestDatabase db, String column, String login, Class<T> type) {
        try (Connection c = db.database().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM app_user WHERE login = ?")) {
            s.setString(1, login);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getObject(1, type);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
