package org.studenthub.app;

import org.studenthub.core.college.CollegeService;
import org.studenthub.core.db.Database;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.department.DepartmentService;

/**
 * The composition root: builds every service of core from one open database, with constructor
 * injection only. The command line (and later the desktop client) take services from here.
 */
public final class AppServices {
    private final Database database;
    private Transactions transactions;

    public AppServices(Database database) {
        this.database = database;
    }

    /** Built on first use, so that {@code db migrate} runs before Hibernate validates the schema. */
    private synchronized Transactions transactions() {
        if (transactions == null) {
            transactions = database.transactions();
        }
        return transactions;
    }

    public Database database() {
        return database;
    }

    public CollegeService colleges() {
        return new CollegeService(transactions());
    }

    public DepartmentService departments() {
        return new DepartmentService(transactions());
    }
}
