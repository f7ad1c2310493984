package org.studenthub.app;

import org.studenthub.core.audit.AuditTrail;
import org.studenthub.core.college.CollegeService;
import org.studenthub.core.db.Database;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.demo.DemoGenerator;
import org.studenthub.core.department.DepartmentService;
import org.studenthub.core.student.StudentService;
import org.studenthub.core.student.search.StudentSearch;
import org.studenthub.core.transfer.CsvExporter;
import org.studenthub.core.transfer.EnrolmentImporter;
import org.studenthub.core.transfer.StudentImporter;
import org.studenthub.core.transfer.TeacherImporter;

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

    public StudentService students() {
        return new StudentService(transactions());
    }

    public StudentSearch studentSearch() {
        return new StudentSearch(transactions());
    }

    public StudentImporter studentImporter() {
        return new StudentImporter(transactions());
    }

    public TeacherImporter teacherImporter() {
        return new TeacherImporter(transactions());
    }

    public EnrolmentImporter enrolmentImporter() {
        return new EnrolmentImporter(transactions());
    }

    public CsvExporter csvExporter() {
        return new CsvExporter(transactions());
    }

    public AuditTrail auditTrail() {
        return new AuditTrail(transactions());
    }

    public DemoGenerator demoGenerator() {
        return new DemoGenerator(database);
    }
}
