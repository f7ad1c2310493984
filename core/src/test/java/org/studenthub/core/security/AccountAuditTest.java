package org.studenthub.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.studenthub.core.audit.AuditAction;
import org.studenthub.core.audit.AuditEventView;
import org.studenthub.core.audit.AuditQuery;
import org.studenthub.core.audit.AuditTrail;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.tenancy.PlatformContext;

/**
 * Changes of accounts, grants and the role matrix are audited on both databases (by the core on H2, by
 * triggers on PostgreSQL), in the college's chain or, for accounts without a college, the platform chain;
 * never with a password or its hash.
 */
class AccountAuditTest {
    private static final List<String> ACCOUNT_TABLES = List.of("app_user", "user_grant", "role_permission");

    @DatabaseTest
    void everyAccountChangeOfACollegeIsInItsChainWithoutThePassword(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        CollegeContext admin = accounts.collegeWithAdmin("ROMA1", "rossi");
        int before = accountRows(db, admin).size();

        accounts.users.create(admin, NewUser.of("bianchi", "Giulia Bianchi", Accounts.PASSWORD.toCharArray()));
        accounts.users.grant(admin, "bianchi", Role.REGISTRAR, Scope.COLLEGE);
        accounts.users.revoke(admin, "bianchi", Role.REGISTRAR, Scope.COLLEGE);
        accounts.users.disable(admin, "bianchi");
        accounts.users.enable(admin, "bianchi");
        accounts.users.resetPassword(admin, "bianchi", "a brand new passphrase".toCharArray());
        accounts.roles.grantPermission(admin, Role.FACULTY, Permission.STUDENT_WRITE);
        accounts.roles.revokePermission(admin, Role.FACULTY, Permission.STUDENT_WRITE);

        List<AuditEventView> rows = accountRows(db, admin).subList(before, accountRows(db, admin).size());
        assertThat(rows).extracting(e -> e.table() + " " + e.action()).containsExactly(
                "app_user INSERT", "user_grant INSERT", "user_grant DELETE", "app_user UPDATE", "app_user UPDATE",
                "app_user UPDATE", "role_permission INSERT", "role_permission DELETE");
        assertThat(rows.get(0).changes()).containsPattern(field("login", "bianchi"))
                .containsPattern(field("display_name", "Giulia Bianchi"));
        assertThat(rows.get(1).changes()).containsPattern(field("role_code", "registrar"))
                .containsPattern(field("scope_kind", "COLLEGE"));
        assertThat(rows.get(3).changes()).containsPattern(field("status", "DISABLED"));
        assertThat(rows.get(5).changes()).contains("password_changed_at");
        assertThat(rows.get(6).changes()).containsPattern(field("permission_code", "student.write"))
                .containsPattern(field("role_code", "faculty"));
        assertThat(rows).allSatisfy(row -> assertThat(row.changes()).doesNotContain("password_hash")
                .doesNotContain("argon2").doesNotContain("failed_attempts").doesNotContain("passphrase"));
        assertThat(new AuditTrail(db.transactions()).verify(admin).intact()).isTrue();
    }

    @DatabaseTest
    void aNewCollegesAdministratorAndDefaultMatrixAreInTheCollegesChain(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        CollegeContext admin = accounts.collegeWithAdmin("MI1", "brambilla");

        List<AuditEventView> rows = accountRows(db, admin);
        assertThat(rows).filteredOn(e -> e.table().equals("role_permission"))
                .hasSizeGreaterThan(20).allSatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.INSERT));
        assertThat(rows).filteredOn(e -> e.table().equals("app_user")).singleElement()
                .satisfies(e -> assertThat(e.changes()).containsPattern(field("login", "brambilla")));
        assertThat(rows).filteredOn(e -> e.table().equals("user_grant")).singleElement()
                .satisfies(e -> assertThat(e.changes()).containsPattern(field("role_code", "college_admin")));
    }

    @DatabaseTest
    void platformAdministratorsAreAuditedInThePlatformChainThatOnlyThePlatformReads(TestDatabase db) {
        Accounts accounts = new Accounts(db);
        PlatformContext platform = PlatformContext.system("tester");
        AuditTrail trail = new AuditTrail(db.transactions());
        CollegeContext admin = accounts.collegeWithAdmin("TO1", "ferrero");

        accounts.users.createPlatformAdmin(platform, NewUser.of("root", "Platform", Accounts.PASSWORD.toCharArray()));

        List<AuditEventView> rows = trail.showPlatform(platform, new AuditQuery(null, null, AuditQuery.MAX_LIMIT));
        assertThat(rows).extracting(e -> e.table() + " " + e.action())
                .containsExactly("user_grant INSERT", "app_user INSERT");
        assertThat(rows.get(1).changes()).containsPattern(field("login", "root")).doesNotContain("argon2");
        assertThat(rows.get(0).changes()).containsPattern(field("scope_kind", "PLATFORM"));
        assertThat(trail.verifyPlatform(platform).intact()).isTrue();
        assertThat(trail.verifyPlatform(platform).rows()).isEqualTo(2);
        assertThat(accountRows(db, admin))
                .noneSatisfy(e -> assertThat(e.changes()).containsPattern(field("login", "root")));
    }

    /** A JSON field as PostgreSQL's jsonb ("k": "v") or the core ("k":"v") writes it. */
    private static String field(String name, String value) {
        return "\"" + name + "\":\\s?\"" + value + "\"";
    }

    /** The college's audit rows of account tables, oldest first. */
    private static List<AuditEventView> accountRows(TestDatabase db, CollegeContext context) {
        List<AuditEventView> rows = new ArrayList<>(new AuditTrail(db.transactions())
                .show(context, new AuditQuery(null, null, AuditQuery.MAX_LIMIT)).stream()
                .filter(e -> ACCOUNT_TABLES.contains(e.table())).toList());
        Collections.reverse(rows);
        return rows;
    }
}
