package org.studenthub.core.db;

import java.util.Locale;

/** The database engines StudentHub runs on; each has its own migration folder. */
public enum Vendor {
    H2("h2"),
    POSTGRESQL("postgresql");

    private final String migrationFolder;

    Vendor(String migrationFolder) {
        this.migrationFolder = migrationFolder;
    }

    /** Folder below {@code db/migration} holding this vendor's own migrations. */
    public String migrationFolder() {
        return migrationFolder;
    }

    /** Maps JDBC's {@code DatabaseMetaData.getDatabaseProductName()} to a vendor. */
    public static Vendor fromProductName(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            return H2;
        }
        if (name.contains("postgresql")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("Unsupported database: " + productName);
    }
}
