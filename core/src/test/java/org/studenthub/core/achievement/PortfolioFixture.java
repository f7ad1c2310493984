package org.studenthub.core.achievement;

import java.time.LocalDate;
import org.studenthub.core.tenancy.CollegeContext;

/** Achievements taken to APPROVED through their whole chain, for portfolio tests. */
final class PortfolioFixture {
    final AchievementFixture f;

    PortfolioFixture(AchievementFixture f) {
        this.f = f;
    }

    /** A new achievement of the fixture's student, approved by every step of its category's chain. */
    AchievementView approved(String category, Level level, String title, LocalDate startsOn) {
        return approved(category, level, title, startsOn, null);
    }

    /** As {@link #approved(String, Level, String, LocalDate)}, with a picture attached beside the certificate. */
    AchievementView approved(String category, Level level, String title, LocalDate startsOn, byte[] picturePng) {
        AchievementView draft = f.withCertificate(f.student, f.achievements.saveDraft(f.student, new AchievementDraft(
                f.studentId, category, level, title, "What " + title + " was about", "City of Rome", null, startsOn,
                null, null)));
        if (picturePng != null) {
            f.evidence.attach(f.student, draft.id(), "photo.png", picturePng);
            draft = f.achievements.show(f.student, draft.id()).achievement();
        }
        DecisionResult current = f.decisions.decide(f.student,
                DecisionCommand.now(draft.id(), DecisionKind.SUBMIT, null, draft.version()));
        while (current.status().waiting()) {
            AchievementView now = f.achievements.show(f.principal, current.achievementId()).achievement();
            current = f.decide(approver(now.waitingFor()), current, DecisionKind.APPROVE, null);
        }
        return f.achievements.show(f.principal, draft.id()).achievement();
    }

    void revoke(AchievementView approved) {
        f.decisions.decide(f.principal, DecisionCommand.now(approved.id(), DecisionKind.REVOKE, "Certificate withdrawn",
                approved.version()));
    }

    private CollegeContext approver(ApproverKind kind) {
        return switch (kind) {
            case MENTOR -> f.mentor;
            case SECTION_FACULTY -> f.faculty;
            case HEAD_OF_DEPARTMENT -> f.head;
            case PRINCIPAL, EVENT_ORGANISER -> f.principal;
        };
    }
}
