package org.studenthub.app.cli;

import java.util.concurrent.Callable;
import org.studenthub.app.AppServices;
import org.studenthub.core.db.Database;
import org.studenthub.core.db.DatabaseLocation;
import picocli.CommandLine.Mixin;

/** A command that opens the database, runs, and closes it again. */
abstract class DatabaseCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions databaseOptions;

    protected final CliRuntime runtime;

    DatabaseCommand(CliRuntime runtime) {
        this.runtime = runtime;
    }

    private DatabaseLocation location;

    @Override
    public final Integer call() {
        location = runtime.location(databaseOptions);
        try (Database database = runtime.open(location, migrates())) {
            return run(new AppServices(database));
        }
    }

    /**
     * Who is acting when nobody signed in (setting up a database without accounts): the database login, or
     * the OS user on the embedded database.
     */
    String actor() {
        return location.isEmbedded() ? System.getProperty("user.name", "local") : location.user();
    }

    /** True for commands that change the schema themselves. */
    boolean migrates() {
        return false;
    }

    abstract int run(AppServices services);
}
