package org.studenthub.core.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.security.AccessDeniedException;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.Scope;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.tenancy.CollegeContext;

class AchievementWorkflowTest {

    @DatabaseTest
    void aTwoStepChainGoesFromDraftThroughTheMentorAndTheHeadToApproved(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        AchievementView draft = f.draft("technical", Level.NATIONAL);
        assertThat(draft.status()).isEqualTo(AchievementStatus.DRAFT);

        DecisionResult submitted = f.decisions.decide(f.student,
                DecisionCommand.now(draft.id(), DecisionKind.SUBMIT, null, draft.version()));
        assertThat(submitted.status()).isEqualTo(AchievementStatus.SUBMITTED);
        assertThat(submitted.step()).isEqualTo(1);
        assertThat(f.notifications("MENTOR:" + f.mentorTeacherId, "WAITING")).isEqualTo(1);

        DecisionResult reviewed = f.decide(f.mentor, submitted, DecisionKind.APPROVE, "Checked the results page");
        assertThat(reviewed.status()).isEqualTo(AchievementStatus.IN_REVIEW);
        assertThat(reviewed.step()).isEqualTo(2);
        assertThat(f.notifications("HEAD_OF_DEPARTMENT:" + f.records.departmentId, "WAITING")).isEqualTo(1);
        assertThat(f.notifications("STUDENT:" + f.studentId, "ADVANCED")).isEqualTo(1);

        DecisionResult approved = f.decide(f.head, reviewed, DecisionKind.APPROVE, null);
        assertThat(approved.status()).isEqualTo(AchievementStatus.APPROVED);
        assertThat(approved.outcome()).isEqualTo(DecisionOutcome.APPLIED);
        assertThat(f.notifications("STUDENT:" + f.studentId, "APPROVED")).isEqualTo(1);

        AchievementDetail detail = f.achievements.show(f.student, draft.id());
        assertThat(detail.achievement().points()).as("technical, national level").isEqualTo(8);
        assertThat(detail.achievement().stepCount()).isEqualTo(2);
        assertThat(detail.decisions()).extracting(DecisionView::kind)
                .containsExactly(DecisionKind.SUBMIT, DecisionKind.APPROVE, DecisionKind.APPROVE);
        assertThat(detail.decisions()).extracting(DecisionView::toStatus).containsExactly(
                AchievementStatus.SUBMITTED, AchievementStatus.IN_REVIEW, AchievementStatus.APPROVED);
    }

    @DatabaseTest
    void theSameDecisionTwiceChangesNothingTheSecondTime(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        DecisionResult submitted = f.submitted("certification", Level.COLLEGE);
        DecisionCommand approve = DecisionCommand.now(submitted.achievementId(), DecisionKind.APPROVE, null,
                submitted.version());

        DecisionResult first = f.decisions.decide(f.mentor, approve);
        DecisionResult again = f.decisions.decide(f.mentor, approve);

        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.outcome()).isEqualTo(DecisionOutcome.APPLIED);
        assertThat(again.version()).isEqualTo(first.version());
        assertThat(f.count("SELECT COUNT(*) FROM achievement_decision WHERE achievement_id = ?",
                submitted.achievementId())).isEqualTo(2);
        assertThat(f.notifications("STUDENT:" + f.studentId, "APPROVED")).isEqualTo(1);
    }

    @DatabaseTest
    void aDecisionOnAVersionThatChangedMeanwhileIsRecordedAsAConflictAndChangesNothing(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        DecisionResult submitted = f.submitted("technical", Level.STATE);
        f.decide(f.mentor, submitted, DecisionKind.APPROVE, null);

        DecisionResult stale = f.decisions.decide(f.mentor, DecisionCommand.now(submitted.achievementId(),
                DecisionKind.RETURN, "Please add the certificate", submitted.version()));

        assertThat(stale.outcome()).isEqualTo(DecisionOutcome.CONFLICT);
        assertThat(stale.status()).isEqualTo(AchievementStatus.IN_REVIEW);
        AchievementDetail detail = f.achievements.show(f.student, submitted.achievementId());
        assertThat(detail.achievement().status()).isEqualTo(AchievementStatus.IN_REVIEW);
        assertThat(detail.decisions()).extracting(DecisionView::outcome).containsExactly(
                DecisionOutcome.APPLIED, DecisionOutcome.APPLIED, DecisionOutcome.CONFLICT);
        assertThat(detail.decisions().get(2).comment()).isEqualTo("Please add the certificate");
    }

    @DatabaseTest
    void returnedAchievementsAreEditedAndResubmitted(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        DecisionResult submitted = f.submitted("certification", Level.UNIVERSITY);
        DecisionResult returned = f.decide(f.mentor, submitted, DecisionKind.RETURN, "Attach the certificate");
        assertThat(returned.status()).isEqualTo(AchievementStatus.RETURNED);
        assertThat(f.notifications("STUDENT:" + f.studentId, "RETURNED")).isEqualTo(1);

        AchievementView edited = f.achievements.editDraft(f.student, returned.achievementId(), returned.version(),
                new AchievementDraft(f.studentId, "certification", Level.UNIVERSITY, "Cloud practitioner",
                        null, "Issuer", null, LocalDate.now().minusDays(3), null, null));
        DecisionResult again = f.decisions.decide(f.student,
                DecisionCommand.now(edited.id(), DecisionKind.SUBMIT, null, edited.version()));

        assertThat(edited.title()).isEqualTo("Cloud practitioner");
        assertThat(again.status()).isEqualTo(AchievementStatus.SUBMITTED);
        assertThat(f.decide(f.mentor, again, DecisionKind.APPROVE, null).status())
                .isEqualTo(AchievementStatus.APPROVED);
    }

    @DatabaseTest
    void submittedAchievementsCannotBeEdited(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        DecisionResult submitted = f.submitted("certification", Level.UNIVERSITY);

        assertThatThrownBy(() -> f.achievements.editDraft(f.student, submitted.achievementId(), submitted.version(),
                new AchievementDraft(f.studentId, "certification", Level.NATIONAL, "More points", null, null, null,
                        LocalDate.now().minusDays(3), null, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("cannot be edited while it is submitted");
    }

    @DatabaseTest
    void rejectingAndRevokingNeedAReasonAndRevokingTakesThePointsBack(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        DecisionResult submitted = f.submitted("certification", Level.NATIONAL);
        assertThatThrownBy(() -> f.decide(f.mentor, submitted, DecisionKind.REJECT, "  "))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("comment").hasMessageContaining("is required to reject");
        DecisionResult approved = f.decide(f.mentor, submitted, DecisionKind.APPROVE, null);
        assertThatThrownBy(() -> f.decide(f.head, approved, DecisionKind.REVOKE, null))
                .isInstanceOf(ValidationException.class);

        DecisionResult revoked = f.decide(f.head, approved, DecisionKind.REVOKE, "The certificate is forged");

        assertThat(revoked.status()).isEqualTo(AchievementStatus.REVOKED);
        assertThat(f.achievements.show(f.student, approved.achievementId()).achievement().points()).isZero();
        assertThat(f.notifications("STUDENT:" + f.studentId, "REVOKED")).isEqualTo(1);
    }

    @DatabaseTest
    void aRejectionEndsTheChain(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        DecisionResult submitted = f.submitted("technical", Level.COLLEGE);

        DecisionResult rejected = f.decide(f.mentor, submitted, DecisionKind.REJECT, "Not a technical achievement");

        assertThat(rejected.status()).isEqualTo(AchievementStatus.REJECTED);
        assertThatThrownBy(() -> f.decide(f.head, rejected, DecisionKind.APPROVE, null))
                .isInstanceOf(DecisionNotAllowedException.class)
                .hasMessageContaining("while it is rejected");
    }

    @DatabaseTest
    void onlyTheApproverTheStepWaitsForDecidesIt(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        DecisionResult submitted = f.submitted("technical", Level.COLLEGE);
        CollegeContext otherMentor = f.person("other", null, f.records.teacher("T9"), Scope.ASSIGNED,
                Permission.STUDENT_READ, Permission.ACHIEVEMENT_APPROVE);

        assertThatThrownBy(() -> f.decide(f.head, submitted, DecisionKind.APPROVE, null))
                .as("step 1 waits for the mentor, not the head of department")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.decide(otherMentor, submitted, DecisionKind.APPROVE, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.decide(f.student, submitted, DecisionKind.APPROVE, null))
                .as("students do not hold achievement.approve")
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("achievement.approve");
        assertThatThrownBy(() -> f.decide(f.mentor, submitted, DecisionKind.REVOKE, "no"))
                .as("mentors do not revoke").isInstanceOf(AccessDeniedException.class);
        assertThat(f.count("SELECT COUNT(*) FROM achievement_decision WHERE achievement_id = ?",
                submitted.achievementId())).as("refused decisions leave no row").isEqualTo(1);
    }

    @DatabaseTest
    void nobodyDecidesAnAchievementTheySubmitted(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        AchievementView draft = f.withCertificate(f.mentor, f.achievements.saveDraft(f.mentor, new AchievementDraft(
                f.studentId, "certification", Level.COLLEGE, "First aid course", null, null, null,
                LocalDate.now().minusDays(1), null, null)));
        DecisionResult submitted = f.decisions.decide(f.mentor,
                DecisionCommand.now(draft.id(), DecisionKind.SUBMIT, null, draft.version()));

        assertThatThrownBy(() -> f.decide(f.mentor, submitted, DecisionKind.APPROVE, null))
                .isInstanceOf(DecisionNotAllowedException.class)
                .hasMessageContaining("their own, or they submitted it");
    }

    @DatabaseTest
    void approvingADraftOrWithdrawingAnApprovalIsNotAllowed(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        AchievementView draft = f.draft("certification", Level.COLLEGE);

        assertThatThrownBy(() -> f.decisions.decide(f.principal,
                DecisionCommand.now(draft.id(), DecisionKind.APPROVE, null, draft.version())))
                .isInstanceOf(DecisionNotAllowedException.class).hasMessageContaining("while it is draft");
        DecisionResult submitted = f.decisions.decide(f.student,
                DecisionCommand.now(draft.id(), DecisionKind.SUBMIT, null, draft.version()));
        DecisionResult approved = f.decide(f.mentor, submitted, DecisionKind.APPROVE, null);
        assertThatThrownBy(() -> f.decide(f.student, approved, DecisionKind.WITHDRAW, null))
                .isInstanceOf(DecisionNotAllowedException.class).hasMessageContaining("while it is approved");
    }

    @DatabaseTest
    void aStudentWithdrawsWhatTheySubmitted(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        DecisionResult submitted = f.submitted("technical", Level.COLLEGE);

        DecisionResult withdrawn = f.decide(f.student, submitted, DecisionKind.WITHDRAW, null);

        assertThat(withdrawn.status()).isEqualTo(AchievementStatus.WITHDRAWN);
        assertThatThrownBy(() -> f.decide(f.mentor, withdrawn, DecisionKind.APPROVE, null))
                .isInstanceOf(DecisionNotAllowedException.class);
    }

    @DatabaseTest
    void bulkDecisionsApplyEachOnItsOwn(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        DecisionResult one = f.submitted("certification", Level.COLLEGE);
        DecisionResult two = f.submitted("certification", Level.STATE);
        AchievementView draft = f.draft("certification", Level.STATE);

        List<BulkDecision> results = f.decisions.decideAll(f.mentor, List.of(
                DecisionCommand.now(one.achievementId(), DecisionKind.APPROVE, null, one.version()),
                DecisionCommand.now(draft.id(), DecisionKind.APPROVE, null, draft.version()),
                DecisionCommand.now(two.achievementId(), DecisionKind.APPROVE, null, two.version())));

        assertThat(results).extracting(BulkDecision::refused).containsExactly(false, true, false);
        assertThat(results.get(1).refusal()).isInstanceOf(DecisionNotAllowedException.class);
        assertThat(results.get(0).result().status()).isEqualTo(AchievementStatus.APPROVED);
        assertThat(results.get(2).result().status()).isEqualTo(AchievementStatus.APPROVED);
        assertThat(f.count("SELECT COUNT(*) FROM achievement_decision WHERE decision = 'APPROVE'")).isEqualTo(2);
    }

    @DatabaseTest
    void aChainStepForAnEventOrganiserDoesNotApplyWithoutAnEvent(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);

        DecisionResult submitted = f.submitted("competition", Level.COLLEGE);

        assertThat(submitted.step()).as("competition: organiser, mentor, head; no event").isEqualTo(2);
        assertThat(f.decide(f.mentor, submitted, DecisionKind.APPROVE, null).step()).isEqualTo(3);
    }
}
