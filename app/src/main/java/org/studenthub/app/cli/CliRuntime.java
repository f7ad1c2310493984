package org.studenthub.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.studenthub.app.AppDirectories;
import org.studenthub.core.common.StudentHubException;
import org.studenthub.core.db.Database;
import org.studenthub.core.db.DatabaseLocation;

/**
 * What every command shares: the user's folders, the environment and the output streams.
 * Tests create one with their own streams and environment.
 */
public final class CliRuntime {
    private final AppDirectories directories;
    private final Map<String, String> environment;
    private final PrintWriter out;
    private final PrintWriter err;

    public CliRuntime(AppDirectories directories, Map<String, String> environment, PrintWriter out, PrintWriter err) {
        this.directories = directories;
        this.environment = Map.copyOf(environment);
        this.out = out;
        this.err = err;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    /** A variable of the environment the command runs in, or null. */
    public String env(String name) {
        return environment.get(name);
    }

    public AppDirectories directories() {
        return directories;
    }

    /**
     * Opens the database. An embedded database is brought up to date automatically (one site, one
     * user). A server's schema is changed only by {@code studenthub db migrate}, run by its owner;
     * other commands refuse to run against an out-of-date schema.
     */
    public Database open(DatabaseLocation location, boolean migrating) {
        Database database = Database.connect(location);
        try {
            if (location.isEmbedded() || migrating) {
                if (!migrating) {
                    database.migrate();
                }
            } else if (database.migrator().hasPending()) {
                throw new StudentHubException("db.schema.pending", location.toString());
            }
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public DatabaseLocation location(DatabaseOptions options) {
        return options.location(directories, environment);
    }
}
