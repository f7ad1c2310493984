package org.studenthub.core.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.studenthub.core.db.BulkInsert;
import org.studenthub.core.db.Vendor;

/**
 * Writes, in the caller's transaction, what hangs off students already written: a guardian for
 * those generated with one, enrolments in their section for both terms of the current year and
 * one active mentor from their programme's department.
 */
final class DemoDependantsWriter {
    private final Connection connection;
    private final Vendor vendor;
    private final DemoLayout layout;
    private final DemoIds ids;

    DemoDependantsWriter(Connection connection, Vendor vendor, DemoLayout layout, DemoIds ids) {
        this.connection = connection;
        this.vendor = vendor;
        this.layout = layout;
        this.ids = ids;
    }

    DemoCounts write(DemoStudents students) throws SQLException {
        try (BulkInsert guardian = BulkInsert.into(connection, vendor, "guardian", List.of("college_id", "student_id",
                        "given_name", "family_name", "relationship", "email", "phone", "primary_contact"));
                BulkInsert enrolment = BulkInsert.into(connection, vendor, "enrolment", List.of("college_id",
                        "student_id", "programme_id", "section_id", "term_id", "enrolled_on"));
                BulkInsert mentor = BulkInsert.into(connection, vendor, "mentor_assignment", List.of("college_id",
                        "teacher_id", "student_id", "starts_on"))) {
            for (int i = 0; i < students.size(); i++) {
                DemoStudentWriter.StudentRow row = students.rows().get(i);
                long studentId = students.ids()[i];
                if (row.guardian() != null) {
                    guardian.add(ids.collegeId, studentId, row.guardian().given(), row.guardian().family(),
                            row.relationship(), row.guardianEmail(), row.guardianPhone(), Boolean.TRUE);
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
            return new DemoCounts(0, guardian.rows(), enrolment.rows(), mentor.rows(), 0, 0);
        }
    }
}
