package org.studenthub.core.demo;

import java.time.Duration;
import java.util.List;

/**
 * What a generator run created.
 *
 * @param colleges        one entry per college, in creation order
 * @param platformAccount the demo platform administrator, created only on an embedded database that had no
 *                        account before the run; otherwise null
 * @param elapsed         wall-clock time of the whole run
 */
public record DemoReport(List<CollegeResult> colleges, DemoAccount platformAccount, Duration elapsed) {
    public DemoReport {
        colleges = List.copyOf(colleges);
    }

    /** The published password of every demo account. */
    public static String demoPassword() {
        return DemoAccounts.PASSWORD;
    }

    /** Total students over all colleges. */
    public long totalStudents() {
        return colleges.stream().mapToLong(CollegeResult::students).sum();
    }

    /** Row counts of one generated college, and its demo accounts (one per college role; none on PostgreSQL). */
    public record CollegeResult(String code, long collegeId, String locale, int departments, int programmes,
            int courses, int sections, int teachers, long students, long guardians, long enrolments,
            long mentors, long attendanceSessions, long attendanceMarks, List<DemoAccount> accounts) {
        public CollegeResult {
            accounts = List.copyOf(accounts);
        }
    }
}
