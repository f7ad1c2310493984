package org.studenthub.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.testing.TestDatabases;

/** Migrations reach PostgreSQL as the person's login switched to the owner role, so no login owns anything. */
@Tag("database")
class OwnerRoleDataSourceTest {
    private final TestDatabase db = TestDatabases.freshPostgres();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void itsConnectionsActAsTheOwnerRoleWhileTheLoginStaysTheSessionUser() throws SQLException {
        DatabaseLocation location = db.database().location();
        try (Connection connection = new OwnerRoleDataSource(location, TestDatabases.ROLES).getConnection()) {
            assertThat(strings(connection, "SELECT current_user || ' ' || session_user"))
                    .containsExactly(TestDatabases.ROLES.owner() + " " + location.user());
        }
    }

    @Test
    void aMigratedDatabaseAndItsSchemaHistoryBelongToTheOwnerRole() throws SQLException {
        try (Connection connection = db.database().dataSource().getConnection()) {
            assertThat(strings(connection, "SELECT c.relname || ' ' || pg_get_userbyid(c.relowner) FROM pg_class c"
                    + " WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'v', 'S', 'p')"
                    + " AND pg_get_userbyid(c.relowner) <> '" + TestDatabases.ROLES.owner() + "'")).isEmpty();
            assertThat(strings(connection, "SELECT pg_get_userbyid(relowner) FROM pg_class"
                    + " WHERE oid = 'public.flyway_schema_history'::regclass"))
                    .containsExactly(TestDatabases.ROLES.owner());
        }
    }

    @Test
    void aLoginThatIsNoMemberOfTheOwnerRoleGetsNoConnection() throws SQLException {
        String outsider = "sh_outsider_" + ProcessHandle.current().pid();
        try (Connection admin = db.database().dataSource().getConnection();
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE ROLE " + outsider + " LOGIN PASSWORD 'outsider-pw'");
        }
        try {
            DatabaseLocation location = DatabaseLocation.postgres(db.database().location().jdbcUrl(), outsider,
                    "outsider-pw".toCharArray());
            assertThatThrownBy(() -> new OwnerRoleDataSource(location, TestDatabases.ROLES).getConnection())
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        } finally {
            try (Connection admin = db.database().dataSource().getConnection();
                 Statement statement = admin.createStatement()) {
                statement.execute("DROP ROLE " + outsider);
            }
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
