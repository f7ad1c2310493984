package org.studenthub.core.security.postgres;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the test classes that work on one {@link SecuredPostgres} installation: set up once before the
 * class's tests (it generates demo colleges and creates logins, so it is not cheap) and dropped after them.
 * Test classes run one after another, so each class gets its own installation in {@link #pg}.
 */
abstract class OnSecuredPostgres {
    static SecuredPostgres pg;

    @BeforeAll
    static void setUpInstallation() throws SQLException {
        pg = new SecuredPostgres();
    }

    @AfterAll
    static void dropInstallation() {
        pg.close();
    }
}
