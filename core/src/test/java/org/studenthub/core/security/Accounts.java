package org.studenthub.core.security;

import java.time.Instant;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.tenancy.PlatformContext;

/** Accounts for security tests: colleges with an administrator, users with one role, signing in. */
final class Accounts {
    /** Hashing cost is measured in bench and in {@link PasswordHasherTest}; here it only slows tests down. */
    static final PasswordHasher FAST = new PasswordHasher(new HashParameters(1024, 1, 1));
    static final String PASSWORD = "a long test passphrase";

    final TestDatabase db;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T09:00:00Z"));
    final EmbeddedUserAdministration users;
    final EmbeddedSignIn signIn;
    final RoleService roles;

    Accounts(TestDatabase db) {
        this(db, FAST);
    }

    Accounts(TestDatabase db, PasswordHasher hasher) {
        this.db = db;
        this.users = new EmbeddedUserAdministration(db.transactions(), hasher);
        this.signIn = new EmbeddedSignIn(db.transactions(), hasher, LockoutPolicy.DEFAULT, clock);
        this.roles = new RoleService(db.transactions());
    }

    /** A new college and its administrator {@code adminLogin}, signed in. */
    CollegeContext collegeWithAdmin(String code, String adminLogin) {
        long collegeId = db.newCollege(code).collegeId();
        users.createCollegeAdmin(PlatformContext.system("tester"), collegeId,
                NewUser.of(adminLogin, "Admin " + code, PASSWORD.toCharArray()));
        return context(adminLogin);
    }

    /** A new account of the administrator's college holding {@code role} at its default scope, signed in. */
    CollegeContext user(CollegeContext admin, String login, Role role, Scope scope) {
        users.create(admin, NewUser.of(login, "User " + login, PASSWORD.toCharArray()));
        users.grant(admin, login, role, scope);
        return context(login);
    }

    CollegeContext context(String login) {
        return signIn(login).collegeContext().orElseThrow();
    }

    SignedIn signIn(String login) {
        return signIn.signIn(login, PASSWORD.toCharArray());
    }
}
