package org.studenthub.app.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.studenthub.core.db.Database;
import org.studenthub.core.db.DatabaseLocation;
import org.studenthub.core.demo.DemoGenerator;
import org.studenthub.core.demo.DemoOptions;
import org.studenthub.core.demo.DemoProgress;
import org.studenthub.core.tenancy.PlatformContext;

/** One small demo college on an embedded database, made once per test run and shared by the client tests. */
public final class DemoHome {
    public static final int STUDENTS = 150;
    private static Path folder;

    private DemoHome() {}

    /** Signs {@code login} in to the demo college with the demo password, as the sign-in window does. */
    public static org.studenthub.app.session.Session signIn(org.studenthub.app.session.SessionOpener opener,
                                                            String login) {
        return opener.signIn(org.studenthub.app.session.ConnectionProfile.embedded(databaseFolder()), login,
                org.studenthub.core.demo.DemoReport.demoPassword().toCharArray());
    }

    /** The database folder (closed: the test opens it the way the client does). */
    public static synchronized Path databaseFolder() {
        if (folder == null) {
            try {
                Path created = Files.createTempDirectory("studenthub-client-demo").resolve("db");
                try (Database database = Database.open(DatabaseLocation.embedded(created))) {
                    new DemoGenerator(database).generate(PlatformContext.system("test"),
                            DemoOptions.ofStudents(STUDENTS), DemoProgress.NONE);
                }
                folder = created;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }
}
