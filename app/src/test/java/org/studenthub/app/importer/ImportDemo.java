package org.studenthub.app.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.studenthub.app.session.ConnectionProfile;
import org.studenthub.app.session.Session;
import org.studenthub.app.session.SessionOpener;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.db.Database;
import org.studenthub.core.db.DatabaseLocation;
import org.studenthub.core.demo.DemoGenerator;
import org.studenthub.core.demo.DemoOptions;
import org.studenthub.core.demo.DemoProgress;
import org.studenthub.core.demo.DemoReport;
import org.studenthub.core.student.search.StudentQuery;
import org.studenthub.core.student.search.StudentRow;
import org.studenthub.core.tenancy.PlatformContext;

/**
 * A demo college of its own for the import tests, made once per test run: imports add students, and the
 * shared demo college of the other client tests must keep its exact number of students.
 */
final class ImportDemo {
    private static Path folder;

    private ImportDemo() {}

    static synchronized Path databaseFolder() {
        if (folder == null) {
            try {
                Path created = Files.createTempDirectory("studenthub-import-demo").resolve("db");
                try (Database database = Database.open(DatabaseLocation.embedded(created))) {
                    new DemoGenerator(database).generate(PlatformContext.system("test"),
                            DemoOptions.ofStudents(DemoOptions.MIN_STUDENTS), DemoProgress.NONE);
                }
                folder = created;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }

    static Session signIn(SessionOpener opener) {
        return opener.signIn(ConnectionProfile.embedded(databaseFolder()), "registrar.demo",
                DemoReport.demoPassword().toCharArray());
    }

    /** Every student of the college, read page by page through the search service. */
    static long studentCount(Session session) {
        long count = 0;
        String after = null;
        do {
            var page = session.services().studentSearch().search(session.college(), StudentQuery.of(null),
                    new PageRequest(500, after));
            count += page.items().size();
            after = page.nextCursor();
        } while (after != null);
        return count;
    }

    /** The student with {@code number}, if any. */
    static java.util.Optional<StudentRow> student(Session session, String number) {
        return session.services().studentSearch().search(session.college(), StudentQuery.of(number),
                new PageRequest(10, null)).items().stream().filter(s -> s.studentNumber().equals(number)).findFirst();
    }

    /** The code of a programme of the demo college. */
    static String programmeCode(Session session) {
        return session.services().programmes().list(session.college()).get(0).code();
    }
}
