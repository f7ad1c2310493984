package org.studenthub.core.security.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.studenthub.core.db.PostgresRoles;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.testing.TestDatabases;

/**
 * Reads PostgreSQL's own catalogue of an initialised StudentHub database and fails on any weakness of the
 * security model, whatever migration introduced it.
 */
class PostgresCatalogueTest {
    private static TestDatabase db;
    private static final PostgresRoles ROLES = TestDatabases.ROLES;

    @BeforeAll
    static void database() {
        db = TestDatabases.freshPostgres();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void everyTableWithCollegeRowsHasRowLevelSecurityEnabledAndForced() throws SQLException {
        assertThat(names("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
                   AND (EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'college_id'
                                  AND NOT a.attisdropped) OR c.relname = 'college')
                   AND NOT (c.relrowsecurity AND c.relforcerowsecurity)""")).isEmpty();
        assertThat(names("SELECT relname FROM pg_class WHERE relname IN ('student', 'college', 'app_user')"
                + " AND relrowsecurity AND relforcerowsecurity")).hasSize(3);
    }

    @Test
    void everyRecordsTableHasARestrictivePerCollegePolicy() throws SQLException {
        assertThat(names("""
                SELECT t.table_name FROM sh_secured_table t
                 WHERE NOT EXISTS (SELECT 1 FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid
                                    WHERE c.relname = t.table_name AND NOT p.polpermissive
                                      AND pg_get_expr(p.polqual, p.polrelid) LIKE '%college_id = ( SELECT sh_college()%')""")).isEmpty();
    }

    @Test
    void everyTableWithCollegeRowsIsCataloguedOrInternal() throws SQLException {
        assertThat(names("""
                SELECT DISTINCT a.attrelid::regclass::text FROM pg_attribute a
                  JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attname = 'college_id'
                   AND c.relname NOT IN (SELECT table_name FROM sh_secured_table)
                   AND c.relname NOT IN ('app_user', 'user_grant')""")).isEmpty();
    }

    /**
     * Extension members (pg_trgm's functions and operators) are left out: PostgreSQL makes the bootstrap
     * superuser own a trusted extension's objects, whoever installs it.
     */
    @Test
    void noLoginRoleOwnsAnyObjectOfTheSchema() throws SQLException {
        assertThat(names("""
                SELECT c.relname || ' owned by ' || r.rolname FROM pg_class c
                  JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_roles r ON r.oid = c.relowner
                 WHERE n.nspname = 'public' AND r.rolcanlogin
                   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                    AND d.objid = c.oid AND d.deptype = 'e')
                UNION ALL
                SELECT p.proname || ' owned by ' || r.rolname FROM pg_proc p
                  JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_roles r ON r.oid = p.proowner
                 WHERE n.nspname = 'public' AND r.rolcanlogin
                   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                                    AND d.objid = p.oid AND d.deptype = 'e')
                UNION ALL
                SELECT t.typname || ' owned by ' || r.rolname FROM pg_type t
                  JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_roles r ON r.oid = t.typowner
                 WHERE n.nspname = 'public' AND r.rolcanlogin AND t.typrelid = 0
                   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
                                    AND d.objid = t.oid AND d.deptype = 'e')""")).isEmpty();
        assertThat(names("SELECT r.rolname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner"
                + " WHERE c.relname = 'student'")).containsExactly(ROLES.owner());
    }

    @Test
    void noRoleTheApplicationUsesHasSuperuserBypassRlsOrCreateRole() throws SQLException {
        String prefix = ROLES.prefix() + "\\_%";
        String logins = "%@" + ROLES.prefix();
        assertThat(names("SELECT rolname FROM pg_roles WHERE (rolname LIKE '" + prefix + "' OR rolname LIKE '" + logins
                + "') AND rolname <> '" + ROLES.userManager() + "' AND (rolsuper OR rolbypassrls OR rolcreaterole)"))
                .isEmpty();
        // The user manager may create roles but can never sign in, and no login is a member of it.
        assertThat(names("SELECT rolname FROM pg_roles WHERE rolname = '" + ROLES.userManager()
                + "' AND NOT rolcanlogin AND NOT rolsuper AND NOT rolbypassrls")).hasSize(1);
        assertThat(names("SELECT m.rolname FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid"
                + " JOIN pg_roles m ON m.oid = am.member WHERE g.rolname IN ('" + ROLES.userManager() + "', '"
                + ROLES.owner() + "', '" + ROLES.policy() + "') AND m.rolname LIKE '" + logins + "'")).isEmpty();
    }

    @Test
    void everySecurityDefinerFunctionPinsItsSearchPathAndIsNotExecutableByPublic() throws SQLException {
        List<String> definers = names("SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                + " WHERE n.nspname = 'public' AND p.prosecdef");
        assertThat(definers).contains("sh_college", "sh_create_user", "sh_grant_role", "sh_create_college");
        assertThat(names("""
                SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                 WHERE n.nspname = 'public' AND p.prosecdef
                   AND NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) cfg WHERE split_part(cfg, '=', 1) = 'search_path')""")).isEmpty();
        assertThat(names("""
                SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                 WHERE n.nspname = 'public' AND p.prosecdef
                   AND EXISTS (SELECT 1 FROM aclexplode(COALESCE(p.proacl, acldefault('f', p.proowner))) acl
                                WHERE acl.grantee = 0 AND acl.privilege_type = 'EXECUTE')""")).isEmpty();
    }

    /**
     * Deletable: a student's photo (replaced), the role matrix and approval chains (configuration), and evidence
     * files of achievements still being edited (V031 limits it to drafts and returned ones). Every deletion is
     * audited by the tables' triggers.
     */
    @Test
    void applicationRolesMayNeverDeleteHistoryOrTouchAccountsDirectly() throws SQLException {
        assertThat(names("""
                SELECT g.grantee || ' ' || g.privilege_type || ' ' || g.table_name
                  FROM information_schema.role_table_grants g
                 WHERE g.table_schema = 'public' AND g.grantee LIKE '""" + ROLES.prefix() + """
                \\_%' AND g.grantee NOT IN ('""" + ROLES.owner() + "', '" + ROLES.userManager() + "', '" + ROLES.policy()
                + """
                ') AND (g.table_name IN ('app_user', 'user_grant')
                       OR (g.privilege_type IN ('DELETE', 'TRUNCATE')
                           AND g.table_name NOT IN ('student_photo', 'role_permission', 'approval_step',
                                                    'achievement_evidence', 'student_name_word')))""")).isEmpty();
    }

    private static List<String> names(String sql) throws SQLException {
        try (Connection c = db.database().dataSource().getConnection()) {
            return SecuredPostgres.strings(c, sql);
        }
    }
}
