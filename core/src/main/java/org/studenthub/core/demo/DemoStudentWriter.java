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
import org.studenthub.core.db.BulkInsert;
import org.studenthub.core.db.Vendor;
import org.studenthub.core.student.search.StudentSearchIndexer;

/**
 * Writes the students of a run of consecutive sections, in the caller's transaction: each
 * student with contacts and address, and their search index entries. Their guardians,
 * enrolments and mentors follow with {@link DemoDependantsWriter}, their attendance with
 * {@link DemoAttendanceWriter}. Student numbers are {@code S} + the 7-digit ordinal of the
 * student in the college ({@code S0000001}), unique within the college.
 */
final class DemoStudentWriter {
    private static final int GUARDIAN_PERCENT = 30;

    /** A generated student, with the guardian (about 30% have one) written later. */
    record StudentRow(long ordinal, DemoLayout.Section section, DemoNames.Person person, String nameKey,
            DemoNames.Person guardian, String relationship, String guardianEmail, String guardianPhone) {}

    private final Connection connection;
    private final Vendor vendor;
    private final DemoLayout layout;
    private final DemoIds ids;
    private final long seed;
    private final String collegeCode;
    private final DemoNames names;

    DemoStudentWriter(Connection connection, Vendor vendor, DemoLayout layout, DemoIds ids, long seed,
            String collegeCode) {
        this.connection = connection;
        this.vendor = vendor;
        this.layout = layout;
        this.ids = ids;
        this.seed = seed;
        this.collegeCode = collegeCode;
        this.names = DemoNames.forLanguage(layout.italian);
    }

    static String studentNumber(long ordinal) {
        return String.format("S%07d", ordinal);
    }

    /** Writes the students of sections {@code from} (inclusive) to {@code to} (exclusive). */
    DemoStudents write(int from, int to) throws SQLException {
        List<StudentRow> rows = new ArrayList<>();
        for (int s = from; s < to; s++) {
            DemoLayout.Section section = layout.sections.get(s);
            for (long o = section.firstStudent(); o < section.firstStudent() + section.size(); o++) {
                rows.add(insertStudentLater(o, section));
            }
        }
        if (rows.isEmpty()) {
            return new DemoStudents(from, to, rows, new long[0]);
        }
        insertStudents(rows);
        long[] studentIds = idsOf(rows.get(0).ordinal(), rows.get(rows.size() - 1).ordinal());
        StudentSearchIndexer.indexRange(connection, ids.collegeId, Arrays.stream(studentIds).min().orElseThrow(),
                Arrays.stream(studentIds).max().orElseThrow());
        return new DemoStudents(from, to, rows, studentIds);
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
        try (BulkInsert insert = BulkInsert.into(connection, vendor, "student", List.of("college_id", "student_number",
                "given_name", "family_name", "preferred_name", "name_key", "date_of_birth", "email", "phone",
                "address_line", "city", "postal_code", "country_code", "admission_date", "programme_id", "section_id"))) {
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
