package org.studenthub.core.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.studenthub.core.audit.Audit;
import org.studenthub.core.audit.InsertMark;
import org.studenthub.core.college.CollegeView;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.db.Vendor;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Writes one demo college: its structure in one transaction, then its students in chunks of
 * about {@value #CHUNK_STUDENTS} (whole sections). Each chunk's students and search entries are
 * written by the calling thread; the chunk's guardians, enrolments and mentors, and its
 * attendance, follow in their own transactions, on PostgreSQL on two more threads
 * ({@link DemoPipeline}) while the caller goes on with the next chunk. Then come the college's demo accounts (if a password
 * hash is given).
 *
 * <p>Every transaction audits the rows it inserted at its end (on the embedded database, through
 * {@link Audit#markInserts}; PostgreSQL's triggers audit each statement). The mark is correct because
 * each table is written by one thread only: no other transaction adds rows to a marked table meanwhile.
 * Audited writes of one college are serialised by its audit chain, so on PostgreSQL the three
 * transactions take turns at the database while the next chunk is generated and staged.
 */
final class DemoCollegeRun {
    /** Students written per transaction (whole sections, so a little more). */
    static final int CHUNK_STUDENTS = 5_000;
    /** Chunks whose dependants and attendance may still be waiting: bounds memory. */
    private static final int CHUNKS_AHEAD = 2;
    private static final String[] STRUCTURE_TABLES = {"department", "programme", "course", "academic_year", "term",
        "section", "teacher", "teaching_assignment"};
    private static final String[] DEPENDANT_TABLES = {"guardian", "enrolment", "mentor_assignment"};
    private static final String[] ATTENDANCE_TABLES = {"attendance_session", "attendance_mark"};

    private final Transactions transactions;
    private final Vendor vendor;
    private final DemoLayout layout;
    private final CollegeView college;
    private final long seed;
    private final LocalDate today;
    private final DemoProgress progress;
    private final DemoSignIns signIns;
    private final CollegeContext context;
    private final DemoIds ids;
    private DemoCounts totals = DemoCounts.NONE;

    DemoCollegeRun(Transactions transactions, Vendor vendor, DemoLayout layout, CollegeView college, long seed,
            LocalDate today, DemoProgress progress, DemoSignIns signIns) {
        this.transactions = transactions;
        this.vendor = vendor;
        this.layout = layout;
        this.college = college;
        this.seed = seed;
        this.today = today;
        this.progress = progress;
        this.signIns = signIns;
        this.context = CollegeContext.system(college.id(), "demo");
        this.ids = new DemoIds(college.id(), layout);
    }

    DemoReport.CollegeResult run() {
        String phase = college.code() + ": ";
        progress.update(phase + "structure", 0, 1);
        audited(STRUCTURE_TABLES, connection -> {
            new DemoStructureWriter(connection, vendor, layout, ids, seed).write();
            return null;
        });
        progress.update(phase + "structure", 1, 1);
        try (DemoPipeline<DemoCounts> pipeline = pipeline()) {
            int from = 0;
            while (from < layout.sections.size()) {
                int to = chunkEnd(from);
                DemoStudents students = writeStudents(from, to);
                totals = totals.plus(new DemoCounts(students.size(), 0, 0, 0, 0, 0));
                pipeline.submit(List.of(dependants(students), attendance(students)));
                progress.update(phase + "students", totals.students(), layout.students);
                from = to;
            }
            pipeline.finish();
        }
        List<DemoAccount> accounts = transactions.jdbcInCollege(context,
                connection -> new DemoAccounts(connection, college.id(), college.code(), signIns).create());
        progress.update(phase + "achievements", 0, 1);
        int achievements = accounts.isEmpty() ? 0 : new DemoAchievements(transactions, college.id(), today).write(accounts);
        progress.update(phase + "achievements", 1, 1);
        return new DemoReport.CollegeResult(college.code(), college.id(), layout.locale(), layout.departments.size(),
                layout.programmes.size(), layout.programmes.size() * DemoLayout.COURSES_PER_PROGRAMME,
                layout.sections.size(), layout.teachers, totals.students(), totals.guardians(), totals.enrolments(),
                totals.mentors(), totals.sessions(), totals.marks(), achievements, accounts);
    }

    /** On PostgreSQL the later steps run beside the next chunk; on H2 in turn (see {@link DemoPipeline}). */
    private DemoPipeline<DemoCounts> pipeline() {
        return vendor == Vendor.POSTGRESQL
                ? new DemoPipeline<>(List.of("dependants", "attendance"), CHUNKS_AHEAD, counts -> totals = totals.plus(counts))
                : DemoPipeline.onCallerThread(2, counts -> totals = totals.plus(counts));
    }

    /** The section after the last one of the chunk starting at section {@code from}. */
    private int chunkEnd(int from) {
        int to = from;
        long students = 0;
        while (to < layout.sections.size() && students < CHUNK_STUDENTS) {
            students += layout.sections.get(to++).size();
        }
        return to;
    }

    private DemoStudents writeStudents(int from, int to) {
        return audited(new String[] {"student"}, connection ->
                new DemoStudentWriter(connection, vendor, layout, ids, seed, college.code()).write(from, to));
    }

    private Callable<DemoCounts> dependants(DemoStudents students) {
        return () -> audited(DEPENDANT_TABLES, connection ->
                new DemoDependantsWriter(connection, vendor, layout, ids).write(students));
    }

    private Callable<DemoCounts> attendance(DemoStudents students) {
        return () -> audited(ATTENDANCE_TABLES, connection ->
                new DemoAttendanceWriter(connection, vendor, layout, ids, seed, today).write(students));
    }

    /** Runs {@code work} in its own transaction and audits the rows it inserted into {@code tables}. */
    private <T> T audited(String[] tables, Transactions.JdbcWork<T> work) {
        return transactions.jdbcInCollege(context, connection -> {
            InsertMark mark = Audit.markInserts(connection, context, tables);
            T result = work.run(connection);
            mark.audit();
            return result;
        });
    }
}
