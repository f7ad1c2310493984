package org.studenthub.core.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.studenthub.core.college.CollegeView;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.db.Vendor;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Writes one demo college: its structure in one transaction, then its students in chunks of
 * about {@value #CHUNK_STUDENTS} (whole sections). Each chunk's students and search entries are
 * written by the calling thread; the chunk's guardians, enrolments and mentors, and its
 * attendance, follow in their own transactions on two more threads ({@link DemoPipeline}) while
 * the caller goes on with the next chunk.
 */
final class DemoCollegeRun {
    /** Students written per transaction (whole sections, so a little more). */
    static final int CHUNK_STUDENTS = 5_000;
    /** Chunks whose dependants and attendance may still be waiting: bounds memory. */
    private static final int CHUNKS_AHEAD = 2;

    private final Transactions transactions;
    private final Vendor vendor;
    private final DemoLayout layout;
    private final CollegeView college;
    private final long seed;
    private final LocalDate today;
    private final DemoProgress progress;
    private final CollegeContext context;
    private final DemoIds ids;
    private DemoCounts totals = DemoCounts.NONE;

    DemoCollegeRun(Transactions transactions, Vendor vendor, DemoLayout layout, CollegeView college, long seed,
            LocalDate today, DemoProgress progress) {
        this.transactions = transactions;
        this.vendor = vendor;
        this.layout = layout;
        this.college = college;
        this.seed = seed;
        this.today = today;
        this.progress = progress;
        this.context = new CollegeContext(college.id(), "demo");
        this.ids = new DemoIds(college.id(), layout);
    }

    DemoReport.CollegeResult run() {
        String phase = college.code() + ": ";
        progress.update(phase + "structure", 0, 1);
        transactions.jdbcInCollege(context, connection -> new DemoStructureWriter(connection, vendor, layout, ids, seed)
                .write());
        progress.update(phase + "structure", 1, 1);
        try (DemoPipeline<DemoCounts> pipeline = new DemoPipeline<>(List.of("dependants", "attendance"), CHUNKS_AHEAD,
                counts -> totals = totals.plus(counts))) {
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
        return new DemoReport.CollegeResult(college.code(), college.id(), layout.locale(), layout.departments.size(),
                layout.programmes.size(), layout.programmes.size() * DemoLayout.COURSES_PER_PROGRAMME,
                layout.sections.size(), layout.teachers, totals.students(), totals.guardians(), totals.enrolments(),
                totals.mentors(), totals.sessions(), totals.marks());
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
        return transactions.jdbcInCollege(context, connection ->
                new DemoStudentWriter(connection, vendor, layout, ids, seed, college.code()).write(from, to));
    }

    private Callable<DemoCounts> dependants(DemoStudents students) {
        return () -> transactions.jdbcInCollege(context, connection ->
                new DemoDependantsWriter(connection, vendor, layout, ids).write(students));
    }

    private Callable<DemoCounts> attendance(DemoStudents students) {
        return () -> transactions.jdbcInCollege(context, connection ->
                new DemoAttendanceWriter(connection, vendor, layout, ids, seed, today).write(students));
    }
}
