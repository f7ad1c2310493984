package org.studenthub.core.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.studenthub.core.common.NameKeys;
import org.studenthub.core.student.search.StudentSearchIndexer;

/**
 * Writes the students of a run of consecutive sections, in the caller's transaction: each
 * student with contacts and address, search index entries, a guardian for about 30%,
 * enrolments in their section for both terms of the current year and one active mentor from
 * their programme's department. Student numbers are {@code S} + the 7-digit ordinal of the
 * student in the college ({@code S0000001}), unique within the college.
 */
final class DemoStudentWriter {
    private static final int GUARDIAN_PERCENT = 30;

    /** Rows written by one call. */
    record Counts(long students, long guardians, long enrolments, long mentors, long sessions, long marks) {}

    private record StudentRow(long ordinal, DemoLayout.Section section, DemoNames.Person person, String nameKey,
            DemoNames.Person guardian, String relationship, String guardianEmail, String guardianPhone) {}

    private final Connection connection;
    private final DemoLayout layout;
    private final DemoIds ids;
    private final long seed;
    private final String collegeCode;
    private final DemoNames names;
    private final DemoAttendanceWriter attendance;

    DemoStudentWriter(Connection connection, DemoLayout layout, DemoIds ids, long seed,
            String collegeCode, LocalDate today) {
        this.connection = connection;
        this.layout = layout;
        this.ids = ids;
        this.seed = seed;
        this.collegeCode = collegeCode;
        this.names = DemoNames.forLanguage(layout.italian);
        this.attendance = new DemoAttendanceWriter(connection, layout, ids, seed, today);
    }

    static String studentNumber(long ordinal) {
        return String.format("S%07d", ordinal);
    }

    /** Writes the students of sections {@code from} (inclusive) to {@code to} (exclusive). */
    Counts write(int from, int to) throws SQLException {
        List<StudentRow> rows = new ArrayList<>();
        for (int s = from; s < to; s++) {
            DemoLayout.Section section = layout.sections.get(s);
            for (long o = section.firstStudent(); o < section.firstStudent() + section.size(); o++) {
                rows.add(insertStudentLater(o, section));
            }
        }
        if (rows.isEmpty()) {
            return new Counts(0, 0, 0, 0, 0, 0);
        }
        insertStudents(rows);
        long[] studentIds = idsOf(rows.get(0).ordinal(), rows.get(rows.size() - 1).ordinal());
        StudentSearchIndexer.indexRange(connection, ids.collegeId, Arrays.stream(studentIds).min().orElseThrow(),
                Arrays.stream(studentIds).max().orElseThrow());
        long guardians = writeDependants(rows, studentIds);
        DemoAttendanceWriter.Counts marks = attendance.write(from, to, rows.get(0).ordinal(), studentIds);
        return new Counts(rows.size(), guardians, rows.size() * 2L, rows.size(), marks.sessions(), marks.marks());
    }

    /** Guardians, enrolments and mentors; returns the number of guardians. */
    private long writeDependants(List<StudentRow> rows, long[] studentIds) throws SQLException {
        long guardians = 0;
        try (BatchInsert guardian = new BatchInsert(connection, "INSERT INTO guardian (college_id, student_id,"
                        + " given_name, family_name, relationship, email, phone, primary_contact) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                BatchInsert enrolment = new BatchInsert(connection, "INSERT INTO enrolment (college_id, student_id,"
                        + " programme_id, section_id, term_id, enrolled_on) VALUES (?, ?, ?, ?, ?, ?)");
                BatchInsert mentor = new BatchInsert(connection, "INSERT INTO mentor_assignment (college_id,"
                        + " teacher_id, student_id, starts_on) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < rows.size(); i++) {
                StudentRow row = rows.get(i);
                long studentId = studentIds[i];
                if (row.guardian() != null) {
                    guardian.add(ids.collegeId, studentId, row.guardian().given(), row.guardian().family(),
                            row.relationship(), row.guardianEmail(), row.guardianPhone(), Boolean.TRUE);
                    guardians++;
                }
                DemoLayout.Section section = row.section();
                for (int term = 1; term <= 2; term++) {
                    enrolment.add(ids.collegeId, studentId, ids.programmes[section.programme()],
                            ids.sections[section.index()], ids.terms[0][term], layout.termStart(0, term));
                }
                int department = layout.programmes.get(section.programme()).department();
                mentor.add(ids.collegeId, ids.teachers[layout.teacherOf(department, row.ordinal())], studentId,
                        layout.yearStart(0));
            }
        }
        return guardians;
    }

    private StudentRow insertStudentLater(long ordinal, DemoLayout.Section section) {
        SplittableRandom random = DemoRandom.of(seed, layout.collegeIndex, DemoRandom.STUDENT, ordinal);
        DemoNames.Person person = names.person(random);
        String nameKey = NameKeys.personKey(person.family(), person.given(), person.preferred());
        if (random.nextInt(100) >= GUARDIAN_PERCENT) {
            return new StudentRow(ordinal, section, person, nameKey, null, null, null, null);
        }
        boolean mother = random.nextBoolean();
        DemoNames.Person guardian = names.parent(random, person.family(), mother);
        String email = random.nextInt(5) == 0 ? null : DemoContacts.personalEmail(guardian, random);
        String phone = DemoContacts.phone(random, layout.italian);
        return new StudentRow(ordinal, section, person, nameKey, guardian, mother ? "MOTHER" : "FATHER", email, phone);
    }

    private void insertStudents(List<StudentRow> rows) throws SQLException {
        try (BatchInsert insert = new BatchInsert(connection, "INSERT INTO student (college_id, student_number,"
                + " given_name, family_name, preferred_name, name_key, date_of_birth, email, phone, address_line,"
                + " city, postal_code, country_code, admission_date, programme_id, section_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StudentRow row : rows) {
                // a second stream for the student's details, so adding a field never shifts the names
                SplittableRandom random = DemoRandom.of(seed + 1, layout.collegeIndex, DemoRandom.STUDENT, row.ordinal());
                DemoLayout.Section section = row.section();
                LocalDate admission = layout.admission(section.yearOfStudy());
                LocalDate birth = admission.minusYears(18 + random.nextInt(12)).minusDays(1 + random.nextInt(364));
                int city = names.cityIndex(random);
                insert.add(ids.collegeId, studentNumber(row.ordinal()), row.person().given(), row.person().family(),
                        row.person().preferred(), row.nameKey(), birth,
                        DemoContacts.studentEmail(row.person(), row.ordinal(), collegeCode),
                        DemoContacts.phone(random, layout.italian),
                        DemoContacts.addressLine(random, names, layout.italian), names.city(city),
                        names.postalCode(city), layout.italian ? "IT" : "GB", admission,
                        ids.programmes[section.programme()], ids.sections[section.index()]);
            }
        }
    }

    /** Ids of students {@code first..last} by ordinal, read back through their numbers. */
    private long[] idsOf(long first, long last) throws SQLException {
        long[] result = new long[(int) (last - first + 1)];
        try (PreparedStatement query = connection.prepareStatement("SELECT id, student_number FROM student"
                + " WHERE college_id = ? AND student_number BETWEEN ? AND ?")) {
            query.setLong(1, ids.collegeId);
            query.setString(2, studentNumber(first));
            query.setString(3, studentNumber(last));
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    long ordinal = Long.parseLong(found.getString(2).substring(1));
                    result[(int) (ordinal - first)] = found.getLong(1);
                }
            }
        }
        return result;
    }
}
