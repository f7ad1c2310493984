package org.studenthub.core.demo;

/** Rows of the per-student tables written so far, added up chunk by chunk. */
record DemoCounts(long students, long guardians, long enrolments, long mentors, long sessions, long marks) {
    static final DemoCounts NONE = new DemoCounts(0, 0, 0, 0, 0, 0);

    DemoCounts plus(DemoCounts other) {
        return new DemoCounts(students + other.students, guardians + other.guardians, enrolments + other.enrolments,
                mentors + other.mentors, sessions + other.sessions, marks + other.marks);
    }
}
