package org.studenthub.app.cli;

import java.util.concurrent.Callable;
import org.studenthub.app.AppServices;
import org.studenthub.core.db.Database;
import picocli.CommandLine.Mixin;

/** A command that opens the database, runs, and closes it again. */
abstract class DatabaseCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions databaseOptions;

    protected final CliRuntime runtime;

    DatabaseCommand(CliRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public final Integer call() {
        try (Database database = runtime.open(databaseOptions, migrates())) {
            return run(new AppServices(database));
        }
    }

    /** True for commands that change the schema themselves. */
    boolean migrates() {
        return false;
    }

    abstract int run(AppServices services);
}
