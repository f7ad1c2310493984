package org.studenthub.core.db;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the records live: an embedded H2 database in a folder, or a PostgreSQL server.
 * The password is held as a char array and never appears in {@link #toString()}.
 */
public final class DatabaseLocation {
    /** File name (without H2's .mv.db suffix) of the embedded database inside its folder. */
    public static final String H2_FILE_NAME = "studenthub";

    private final String jdbcUrl;
    private final String user;
    private final char[] password;
    private final Path folder;

    private DatabaseLocation(String jdbcUrl, String user, char[] password, Path folder) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password == null ? new char[0] : password.clone();
        this.folder = folder;
    }

    /** An embedded H2 database stored in {@code folder}. */
    public static DatabaseLocation embedded(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        String url = "jdbc:h2:file:" + absolute.resolve(H2_FILE_NAME)
                + ";DB_CLOSE_ON_EXIT=FALSE;DEFAULT_NULL_ORDERING=HIGH";
        return new DatabaseLocation(url, "studenthub", new char[0], absolute);
    }

    /** A PostgreSQL server reached by a {@code jdbc:postgresql://} URL. */
    public static DatabaseLocation postgres(String jdbcUrl, String user, char[] password) {
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("not a jdbc:postgresql:// URL");
        }
        return new DatabaseLocation(jdbcUrl, Objects.requireNonNull(user, "user"), password, null);
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    /** A copy of the password; callers should clear it when done. */
    public char[] password() {
        return password.clone();
    }

    /** The folder of an embedded database, or null for a server. */
    public Path folder() {
        return folder;
    }

    public boolean isEmbedded() {
        return folder != null;
    }

    /** URL without credentials, safe to log and show. */
    @Override
    public String toString() {
        return isEmbedded() ? folder.toString() : jdbcUrl.replaceAll("password=[^&;]*", "password=***");
    }
}
