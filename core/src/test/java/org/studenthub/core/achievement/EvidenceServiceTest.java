package org.studenthub.core.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.studenthub.core.achievement.evidence.EvidenceLimits;
import org.studenthub.core.achievement.evidence.EvidenceRejectedException;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.demo.DemoCertificate;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;

class EvidenceServiceTest {

    @DatabaseTest
    void aCategoryThatRequiresEvidenceRefusesASubmissionWithoutIt(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        AchievementView bare = f.achievements.saveDraft(f.student, new AchievementDraft(f.studentId, "technical",
                Level.COLLEGE, "Hackathon", null, null, null, LocalDate.now().minusDays(3), null, null));

        assertThatThrownBy(() -> f.decisions.decide(f.student,
                DecisionCommand.now(bare.id(), DecisionKind.SUBMIT, null, bare.version())))
                .isInstanceOf(DecisionNotAllowedException.class)
                .hasMessageContaining("requires at least one file");
        AchievementView leadership = f.achievements.saveDraft(f.student, new AchievementDraft(f.studentId, "leadership",
                Level.COLLEGE, "Class representative", null, null, null, LocalDate.now().minusDays(3), null, null));
        assertThat(f.decisions.decide(f.student, DecisionCommand.now(leadership.id(), DecisionKind.SUBMIT, null,
                leadership.version())).status()).as("leadership needs no evidence").isEqualTo(AchievementStatus.SUBMITTED);
    }

    @DatabaseTest
    void storedEvidenceIsListedWithItsHashAndReadBackWhole(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        AchievementView draft = f.achievements.saveDraft(f.student, new AchievementDraft(f.studentId, "technical",
                Level.COLLEGE, "Hackathon", null, null, null, LocalDate.now().minusDays(3), null, null));
        byte[] pdf = DemoCertificate.pdf("Hackathon", "S001");

        EvidenceView stored = f.evidence.attach(f.student, draft.id(), "C:\\Users\\me\\certificate.pdf", pdf);

        assertThat(stored.fileName()).isEqualTo("certificate.pdf");
        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.sha256()).hasSize(64);
        AchievementDetail detail = f.achievements.show(f.mentor, draft.id());
        assertThat(detail.evidence()).containsExactly(stored);
        assertThat(detail.achievement().version()).as("a new file is a change").isGreaterThan(draft.version());
        assertThat(f.evidence.content(f.student, stored.id())).isEqualTo(pdf);
    }

    @DatabaseTest
    void aFileNamedLikeAPdfThatIsNotOneIsRefusedAndNothingIsStored(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        AchievementView draft = f.achievements.saveDraft(f.student, new AchievementDraft(f.studentId, "technical",
                Level.COLLEGE, "Hackathon", null, null, null, LocalDate.now().minusDays(3), null, null));

        assertThatThrownBy(() -> f.evidence.attach(f.student, draft.id(), "certificate.pdf",
                "just some text, not a certificate".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(EvidenceRejectedException.class).hasMessageContaining("certificate.pdf");
        assertThat(f.achievements.show(f.student, draft.id()).evidence()).isEmpty();
    }

    @DatabaseTest
    void theAchievementsTotalLimitCountsFilesAlreadyAttached(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        byte[] pdf = DemoCertificate.pdf("Hackathon", "S001");
        EvidenceService small = new EvidenceService(db.transactions(), EvidenceLimits.ofSizes(pdf.length + 10L,
                pdf.length + pdf.length / 2));
        AchievementView draft = f.achievements.saveDraft(f.student, new AchievementDraft(f.studentId, "technical",
                Level.COLLEGE, "Hackathon", null, null, null, LocalDate.now().minusDays(3), null, null));
        small.attach(f.student, draft.id(), "first.pdf", pdf);

        assertThatThrownBy(() -> small.attach(f.student, draft.id(), "second.pdf", pdf))
                .isInstanceOf(EvidenceRejectedException.class).hasMessageContaining("second.pdf");
        assertThat(f.achievements.show(f.student, draft.id()).evidence()).hasSize(1);
    }

    @DatabaseTest
    void evidenceIsNeitherAddedNorRemovedOnceSubmitted(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        DecisionResult submitted = f.submitted("technical", Level.COLLEGE);
        long file = f.achievements.show(f.student, submitted.achievementId()).evidence().get(0).id();

        assertThatThrownBy(() -> f.evidence.attach(f.student, submitted.achievementId(), "late.pdf",
                DemoCertificate.pdf("Late", "S001")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("cannot be edited while it is submitted");
        assertThatThrownBy(() -> f.evidence.remove(f.student, submitted.achievementId(), file))
                .isInstanceOf(ConflictException.class);
        assertThat(f.achievements.show(f.mentor, submitted.achievementId()).evidence()).hasSize(1);
    }
}
