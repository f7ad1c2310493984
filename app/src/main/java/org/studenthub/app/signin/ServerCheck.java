package org.studenthub.app.signin;

import java.util.Arrays;
import org.studenthub.app.session.ConnectionProfile;
import org.studenthub.core.common.StudentHubException;
import org.studenthub.core.db.Database;
import org.studenthub.core.db.DatabaseLocation;

/** "Test the connection": reaches the server with the given login, checks its schema is current, disconnects. */
final class ServerCheck {
    private ServerCheck() {}

    static void check(ConnectionProfile profile, String login, char[] password) {
        try (Database database = Database.connect(DatabaseLocation.postgres(profile.jdbcUrl(), login, password))) {
            if (database.migrator().hasPending()) {
                throw new StudentHubException("db.schema.pending", profile.describe());
            }
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
