package org.studenthub.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;

/** The Java catalogue (Permission, Role) and the schema's catalogue tables must say the same. */
class SecurityCatalogueTest {

    @DatabaseTest
    void permissionsInTheSchemaAreExactlyTheJavaPermissions(TestDatabase db) throws SQLException {
        assertThat(column(db, "SELECT code FROM app_permission"))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Permission.values()).map(Permission::code).toList());
    }

    @DatabaseTest
    void rolesInTheSchemaAreExactlyTheFourteenJavaRolesWithTheirDefaultScopes(TestDatabase db) throws SQLException {
        assertThat(Role.values()).hasSize(14);
        assertThat(column(db, "SELECT code || ':' || default_scope FROM app_role"))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Role.values())
                        .map(r -> r.code() + ":" + r.defaultScope().name()).toList());
    }

    @DatabaseTest
    void onlyThePlatformAdministratorMayManageColleges(TestDatabase db) throws SQLException {
        assertThat(column(db, "SELECT role_code FROM role_ceiling WHERE permission_code = 'college.manage'"))
                .containsExactly(Role.PLATFORM_ADMIN.code());
        assertThat(column(db, "SELECT permission_code FROM role_ceiling WHERE role_code = 'platform_admin'"))
                .containsExactly(Permission.COLLEGE_MANAGE.code());
    }

    @DatabaseTest
    void itSupportReachesNoPersonalData(TestDatabase db) throws SQLException {
        assertThat(column(db, "SELECT permission_code FROM role_ceiling WHERE role_code = 'it_support'"))
                .containsExactly(Permission.USER_UNLOCK.code());
    }

    private static List<String> column(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.database().dataSource().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }
}
