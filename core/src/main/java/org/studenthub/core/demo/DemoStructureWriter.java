package org.studenthub.core.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.studenthub.core.common.NameKeys;
import org.studenthub.core.db.BulkInsert;
import org.studenthub.core.db.Vendor;

/**
 * Writes a demo college's structure: departments, programmes, courses, the previous and current
 * academic years with two terms each, the current year's sections, teachers (with department
 * heads) and teaching assignments (each section's six courses, three per term).
 */
final class DemoStructureWriter {
    private final Connection connection;
    private final Vendor vendor;
    private final DemoLayout layout;
    private final DemoIds ids;
    private final long seed;

    DemoStructureWriter(Connection connection, Vendor vendor, DemoLayout layout, DemoIds ids, long seed) {
        this.connection = connection;
        this.vendor = vendor;
        this.layout = layout;
        this.ids = ids;
        this.seed = seed;
    }

    /** Writes everything; returns the number of teaching assignments. */
    long write() throws SQLException {
        writeDepartmentsProgrammesCourses();
        writeCalendar();
        writeSections();
        writeTeachers();
        return writeTeachingAssignments();
    }

    private void writeDepartmentsProgrammesCourses() throws SQLException {
        long college = ids.collegeId;
        for (int d = 0; d < layout.departments.size(); d++) {
            DemoCatalog.Department department = layout.departments.get(d);
            ids.departments[d] = insertReturningId(
                    "INSERT INTO department (college_id, code, name) VALUES (?, ?, ?)",
                    college, department.code(), department.name());
        }
        for (DemoLayout.Programme p : layout.programmes) {
            ids.programmes[p.index()] = insertReturningId(
                    "INSERT INTO programme (college_id, department_id, code, name, degree, level, duration_years, credits)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    college, ids.departments[p.department()], p.code(), p.name(), p.degree(),
                    p.bachelor() ? "BACHELOR" : "MASTER", p.years(), p.credits());
            String subject = layout.departments.get(p.department()).subject();
            for (int c = 0; c < DemoLayout.COURSES_PER_PROGRAMME; c++) {
                ids.courses[p.index()][c] = insertReturningId(
                        "INSERT INTO course (college_id, department_id, code, title, subject, credits) VALUES (?, ?, ?, ?, ?, ?)",
                        college, ids.departments[p.department()], p.code() + "-" + (c + 1), p.courseTitles().get(c),
                        subject, BigDecimal.valueOf(layout.courseCredits(c)));
            }
        }
    }

    private void writeCalendar() throws SQLException {
        for (int back = 0; back < 2; back++) {
            int startYear = layout.yearStart(back).getYear();
            ids.years[back] = insertReturningId(
                    "INSERT INTO academic_year (college_id, code, starts_on, ends_on, status) VALUES (?, ?, ?, ?, ?)",
                    ids.collegeId, startYear + "/" + (startYear + 1), layout.yearStart(back),
                    layout.yearStart(back).plusYears(1).minusDays(1), back == 0 ? "CURRENT" : "CLOSED");
            for (int term = 1; term <= 2; term++) {
                String name = layout.italian ? (term == 1 ? "Primo semestre" : "Secondo semestre")
                        : (term == 1 ? "Autumn semester" : "Spring semester");
                ids.terms[back][term] = insertReturningId(
                        "INSERT INTO term (college_id, academic_year_id, code, name, sequence_no, starts_on, ends_on)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                        ids.collegeId, ids.years[back], "S" + term, name, term, layout.termStart(back, term),
                        layout.termEnd(back, term));
            }
        }
    }

    private void writeSections() throws SQLException {
        try (BulkInsert insert = BulkInsert.into(connection, vendor, "section", List.of("college_id", "programme_id",
                "academic_year_id", "code", "name", "year_of_study", "capacity"))) {
            for (DemoLayout.Section s : layout.sections) {
                insert.add(ids.collegeId, ids.programmes[s.programme()], ids.years[0], s.code(), s.name(),
                        s.yearOfStudy(), DemoLayout.SECTION_SIZE + 5);
            }
        }
        Map<String, Long> byCode = idsByKey("SELECT id, code FROM section WHERE college_id = ?");
        for (DemoLayout.Section s : layout.sections) {
            ids.sections[s.index()] = byCode.get(s.code());
        }
    }

    private void writeTeachers() throws SQLException {
        DemoNames names = DemoNames.forLanguage(layout.italian);
        try (BulkInsert insert = BulkInsert.into(connection, vendor, "teacher", List.of("college_id", "staff_number",
                "given_name", "family_name", "name_key", "title", "email", "phone", "department_id", "hired_on"))) {
            for (int d = 0; d < DemoLayout.DEPARTMENTS; d++) {
                for (int i = 0; i < layout.teachersPerDepartment[d]; i++) {
                    int ordinal = layout.teacherStartPerDepartment[d] + i;
                    SplittableRandom random = DemoRandom.of(seed, layout.collegeIndex, DemoRandom.TEACHER, ordinal);
                    DemoNames.Person person = names.person(random);
                    insert.add(ids.collegeId, staffNumber(ordinal), person.given(), person.family(),
                            NameKeys.personKey(person.family(), person.given(), null), title(person, random),
                            DemoContacts.staffEmail(person, ordinal, layout), DemoContacts.phone(random, layout.italian),
                            ids.departments[d], layout.yearStart(2 + random.nextInt(25)).plusDays(random.nextInt(30)));
                }
            }
        }
        Map<String, Long> byNumber = idsByKey("SELECT id, staff_number FROM teacher WHERE college_id = ?");
        for (int t = 0; t < layout.teachers; t++) {
            ids.teachers[t] = byNumber.get(staffNumber(t));
        }
        try (PreparedStatement head = connection.prepareStatement(
                "UPDATE department SET head_teacher_id = ? WHERE college_id = ? AND id = ?")) {
            for (int d = 0; d < DemoLayout.DEPARTMENTS; d++) {
                head.setLong(1, ids.teachers[layout.teacherStartPerDepartment[d]]);
                head.setLong(2, ids.collegeId);
                head.setLong(3, ids.departments[d]);
                head.addBatch();
            }
            head.executeBatch();
        }
    }

    private String title(DemoNames.Person person, SplittableRandom random) {
        boolean professor = random.nextInt(3) == 0;
        if (layout.italian) {
            return professor ? (person.female() ? "Prof.ssa" : "Prof.") : (person.female() ? "Dott.ssa" : "Dott.");
        }
        return professor ? "Prof" : "Dr";
    }

    static String staffNumber(int ordinal) {
        return String.format("T%06d", ordinal + 1);
    }

    private long writeTeachingAssignments() throws SQLException {
        try (BulkInsert insert = BulkInsert.into(connection, vendor, "teaching_assignment", List.of("college_id",
                "teacher_id", "course_id", "section_id", "term_id"))) {
            for (DemoLayout.Section s : layout.sections) {
                for (int c = 0; c < DemoLayout.COURSES_PER_PROGRAMME; c++) {
                    insert.add(ids.collegeId, ids.teachers[teacherOf(s, c)], ids.courses[s.programme()][c],
                            ids.sections[s.index()], ids.terms[0][termOfCourse(c)]);
                }
            }
            return insert.rows();
        }
    }

    /** The teacher ordinal who teaches course {@code c} to section {@code s}. */
    int teacherOf(DemoLayout.Section s, int c) {
        return layout.teacherOf(layout.programmes.get(s.programme()).department(),
                (long) s.index() * DemoLayout.COURSES_PER_PROGRAMME + c);
    }

    /** Courses 1-3 of a programme run in the first term, 4-6 in the second. */
    static int termOfCourse(int c) {
        return c < DemoLayout.COURSES_PER_PROGRAMME / 2 ? 1 : 2;
    }

    private Map<String, Long> idsByKey(String sql) throws SQLException {
        Map<String, Long> result = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, ids.collegeId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.put(rows.getString(2), rows.getLong(1));
                }
            }
        }
        return result;
    }

    /** Inserts one row and returns its generated id (the first column of every table). */
    private long insertReturningId(String sql, Object... values) throws SQLException {
        try (PreparedStatement single = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                single.setObject(i + 1, values[i]);
            }
            single.executeUpdate();
            try (ResultSet keys = single.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
