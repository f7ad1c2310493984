package org.studenthub.core.achievement;

import java.util.ArrayList;
import java.util.List;

/** Who hears of an applied decision: the student of every outcome, and the next approver of what now waits. */
final class Notices {
    private Notices() {}

    static List<Notice> of(DecisionKind kind, AchievementRow before, AchievementRow after) {
        List<Notice> notices = new ArrayList<>();
        String student = Recipients.student(before.studentId());
        switch (kind) {
            case APPROVE -> notices.add(new Notice(student,
                    after.status() == AchievementStatus.APPROVED ? "APPROVED" : "ADVANCED"));
            case REJECT -> notices.add(new Notice(student, "REJECTED"));
            case RETURN -> notices.add(new Notice(student, "RETURNED"));
            case REVOKE -> notices.add(new Notice(student, "REVOKED"));
            default -> { }
        }
        Route next = after.waitingFor();
        if (next != null) {
            notices.add(new Notice(next.key(), "WAITING"));
        }
        return notices;
    }

    /** One notification to write. */
    record Notice(String recipient, String kind) {
    }
}
