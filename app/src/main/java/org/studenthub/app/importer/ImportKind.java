package org.studenthub.app.importer;

import java.util.Locale;
import java.util.function.Function;
import org.studenthub.app.AppServices;
import org.studenthub.core.security.Permission;
import org.studenthub.core.transfer.CsvImporter;
import org.studenthub.core.transfer.EnrolmentImporter;
import org.studenthub.core.transfer.StudentColumns;
import org.studenthub.core.transfer.TeacherColumns;
import org.studenthub.core.transfer.csv.ColumnSet;

/** What a file can hold: its columns, the importer that reads it and what a person must hold to import it. */
public enum ImportKind {
    STUDENTS(StudentColumns.SET, Permission.STUDENT_IMPORT, AppServices::studentImporter),
    TEACHERS(TeacherColumns.SET, Permission.RECORDS_WRITE, AppServices::teacherImporter),
    ENROLMENTS(EnrolmentImporter.COLUMNS, Permission.STUDENT_IMPORT, AppServices::enrolmentImporter);

    private final ColumnSet columns;
    private final Permission needs;
    private final Function<AppServices, CsvImporter<?>> importer;

    ImportKind(ColumnSet columns, Permission needs, Function<AppServices, CsvImporter<?>> importer) {
        this.columns = columns;
        this.needs = needs;
        this.importer = importer;
    }

    public ColumnSet columns() {
        return columns;
    }

    public Permission needs() {
        return needs;
    }

    public CsvImporter<?> importer(AppServices services) {
        return importer.apply(services);
    }

    /** Key of the kind's name, e.g. {@code client.import.kind.students}. */
    public String labelKey() {
        return "client.import.kind." + name().toLowerCase(Locale.ROOT);
    }
}
