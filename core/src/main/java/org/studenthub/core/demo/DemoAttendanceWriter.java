package org.studenthub.core.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.studenthub.core.db.BulkInsert;
import org.studenthub.core.db.Vendor;

/**
 * Writes attendance: for each of the first {@value #MAX_SECTIONS} sections of a college, one
 * session per day on the last {@value #DAYS} teaching days of one course (the first course of
 * the current term), with a mark for every student of the section (about 88% present, 6% absent,
 * 4% late, 2% excused). The section cap keeps the marks bounded (at most about 200,000 per
 * college) at large sizes.
 */
final class DemoAttendanceWriter {
    static final int MAX_SECTIONS = 500;
    static final int DAYS = 10;

    private final Connection connection;
    private final Vendor vendor;
    private final DemoLayout layout;
    private final DemoIds ids;
    private final long seed;
    private final List<LocalDate> days;
    private final int term;

    DemoAttendanceWriter(Connection connection, Vendor vendor, DemoLayout layout, DemoIds ids, long seed,
            LocalDate today) {
        this.connection = connection;
        this.vendor = vendor;
        this.layout = layout;
        this.ids = ids;
        this.seed = seed;
        this.days = layout.attendanceDays(today, DAYS);
        this.term = layout.attendanceTerm(today);
    }

    /** Writes the attendance of {@code students}' sections that are below the cap. */
    DemoCounts write(DemoStudents students) throws SQLException {
        int from = students.fromSection();
        int last = Math.min(students.toSection(), MAX_SECTIONS);
        if (from >= last || students.size() == 0) {
            return DemoCounts.NONE;
        }
        long firstOrdinal = students.firstOrdinal();
        long[] studentIds = students.ids();
        int course = term == 1 ? 0 : DemoLayout.COURSES_PER_PROGRAMME / 2;
        try (BulkInsert insert = BulkInsert.into(connection, vendor, "attendance_session", List.of("college_id",
                "section_id", "term_id", "course_id", "teacher_id", "held_on", "period_no", "topic"))) {
            for (int s = from; s < last; s++) {
                DemoLayout.Section section = layout.sections.get(s);
                long teacher = ids.teachers[layout.teacherOf(layout.programmes.get(section.programme()).department(),
                        (long) s * DemoLayout.COURSES_PER_PROGRAMME + course)];
                String title = layout.programmes.get(section.programme()).courseTitles().get(course);
                for (int d = 0; d < days.size(); d++) {
                    insert.add(ids.collegeId, ids.sections[s], ids.terms[0][term], ids.courses[section.programme()][course],
                            teacher, days.get(d), 1, title + (layout.italian ? ", lezione " : ", lecture ") + (d + 1));
                }
            }
        }
        Map<String, Long> sessions = sessionIds(from, last);
        long marks = 0;
        try (BulkInsert insert = BulkInsert.into(connection, vendor, "attendance_mark",
                List.of("college_id", "session_id", "student_id", "mark"))) {
            for (int s = from; s < last; s++) {
                DemoLayout.Section section = layout.sections.get(s);
                for (long o = section.firstStudent(); o < section.firstStudent() + section.size(); o++) {
                    SplittableRandom random = DemoRandom.of(seed, layout.collegeIndex, DemoRandom.ATTENDANCE, o);
                    for (LocalDate day : days) {
                        insert.add(ids.collegeId, sessions.get(ids.sections[s] + "/" + day),
                                studentIds[(int) (o - firstOrdinal)], mark(random.nextInt(100)));
                        marks++;
                    }
                }
            }
        }
        return new DemoCounts(0, 0, 0, 0, (long) (last - from) * days.size(), marks);
    }

    private static String mark(int roll) {
        if (roll < 88) {
            return "PRESENT";
        }
        if (roll < 94) {
            return "ABSENT";
        }
        return roll < 98 ? "LATE" : "EXCUSED";
    }

    private Map<String, Long> sessionIds(int from, int last) throws SQLException {
        long low = Long.MAX_VALUE;
        long high = Long.MIN_VALUE;
        for (int s = from; s < last; s++) {
            low = Math.min(low, ids.sections[s]);
            high = Math.max(high, ids.sections[s]);
        }
        Map<String, Long> result = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, section_id, held_on FROM attendance_session"
                + " WHERE college_id = ? AND section_id BETWEEN ? AND ?")) {
            query.setLong(1, ids.collegeId);
            query.setLong(2, low);
            query.setLong(3, high);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Date held = rows.getDate(3);
                    result.put(rows.getLong(2) + "/" + held.toLocalDate(), rows.getLong(1));
                }
            }
        }
        return result;
    }
}
