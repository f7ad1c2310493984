package org.studenthub.core.achievement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.studenthub.core.common.Page;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;

class ApprovalQueueTest {

    @DatabaseTest
    void eachApproverSeesWhatWaitsForThemPagedOldestFirst(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        ApprovalQueue queue = new ApprovalQueue(db.transactions());
        List<Long> submitted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            submitted.add(f.submitted("technical", Level.COLLEGE).achievementId());
        }
        f.submitted("academic", Level.COLLEGE);

        assertThat(queue.count(f.mentor, QueueFilter.ALL)).isEqualTo(5);
        assertThat(queue.count(f.faculty, QueueFilter.ALL)).as("academic starts with section faculty").isEqualTo(1);
        assertThat(queue.count(f.head, QueueFilter.ALL)).isZero();
        Page<AchievementView> first = queue.waitingForMe(f.mentor, QueueFilter.ALL, new PageRequest(2, null));
        Page<AchievementView> second = queue.waitingForMe(f.mentor, QueueFilter.ALL, new PageRequest(2, first.nextCursor()));
        Page<AchievementView> third = queue.waitingForMe(f.mentor, QueueFilter.ALL, new PageRequest(2, second.nextCursor()));

        List<Long> read = new ArrayList<>();
        List.of(first, second, third).forEach(p -> p.items().forEach(a -> read.add(a.id())));
        assertThat(read).containsExactlyElementsOf(submitted);
        assertThat(third.nextCursor()).isNull();
        assertThat(first.items().get(0).studentNumber()).isEqualTo("S001");
    }

    @DatabaseTest
    void filtersNarrowTheQueueAndDecidedItemsLeaveIt(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        ApprovalQueue queue = new ApprovalQueue(db.transactions());
        DecisionResult national = f.submitted("technical", Level.NATIONAL);
        f.submitted("volunteering", Level.COLLEGE);

        assertThat(queue.count(f.mentor, new QueueFilter("technical", null, null, null, false))).isEqualTo(1);
        assertThat(queue.count(f.mentor, new QueueFilter(null, Level.NATIONAL, null, null, false))).isEqualTo(1);
        assertThat(queue.count(f.mentor, new QueueFilter(null, null, f.records.sectionId, null, false))).isEqualTo(2);
        assertThat(queue.count(f.mentor, new QueueFilter(null, null, null, 3, false))).as("submitted today").isZero();

        f.decide(f.mentor, national, DecisionKind.APPROVE, null);

        assertThat(queue.count(f.mentor, QueueFilter.ALL)).isEqualTo(1);
        assertThat(queue.waitingForMe(f.head, QueueFilter.ALL, new PageRequest(10, null)).items())
                .extracting(AchievementView::id).containsExactly(national.achievementId());
    }

    @DatabaseTest
    void theInboxHoldsDecisionsOnMyAchievementsAndWhatWaitsForMe(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        NotificationService inbox = new NotificationService(db.transactions());
        DecisionResult submitted = f.submitted("certification", Level.COLLEGE);
        assertThat(inbox.unread(f.mentor)).isEqualTo(1);
        assertThat(inbox.unread(f.student)).isZero();

        f.decide(f.mentor, submitted, DecisionKind.APPROVE, null);

        Page<NotificationView> mine = inbox.inbox(f.student, true, new PageRequest(10, null));
        assertThat(mine.items()).extracting(NotificationView::kind).containsExactly("APPROVED");
        assertThat(mine.items().get(0).achievementTitle()).isEqualTo("Hackathon winner");
        assertThat(inbox.markRead(f.mentor, List.of(mine.items().get(0).id()))).as("not the mentor's").isZero();
        assertThat(inbox.markRead(f.student, List.of(mine.items().get(0).id()))).isEqualTo(1);
        assertThat(inbox.unread(f.student)).isZero();
        assertThat(inbox.inbox(f.student, false, new PageRequest(10, null)).items()).singleElement()
                .satisfies(n -> assertThat(n.read()).isTrue());
    }

    @DatabaseTest
    void pointsCountApprovedAchievementsOnlyUpToTheCategoryCap(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        PointsService points = new PointsService(db.transactions());
        CategoryService categories = new CategoryService(db.transactions());
        categories.edit(f.college, "certification", new CategoryChange(null, 15, null, null,
                Map.of(Level.INTERNATIONAL, 10), null));
        for (int i = 0; i < 2; i++) {
            DecisionResult submitted = f.submitted("certification", Level.INTERNATIONAL);
            f.decide(f.mentor, submitted, DecisionKind.APPROVE, null);
        }
        f.submitted("certification", Level.INTERNATIONAL);
        DecisionResult rejected = f.submitted("technical", Level.INTERNATIONAL);
        f.decide(f.mentor, rejected, DecisionKind.REJECT, "Not yours");

        StudentPoints result = points.pointsOf(f.student, f.studentId);

        assertThat(result.categories()).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("certification");
            assertThat(c.earned()).isEqualTo(20);
            assertThat(c.cap()).isEqualTo(15);
            assertThat(c.counted()).isEqualTo(15);
        });
        assertThat(result.total()).isEqualTo(15);
    }

    @DatabaseTest
    void aCollegeAdministratorChangesAChainAndTheNextSubmissionFollowsIt(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        CategoryService categories = new CategoryService(db.transactions());
        assertThat(categories.list(f.student)).extracting(CategoryView::code).contains("academic", "competition",
                "sports", "cultural", "technical", "publication", "certification", "internship", "volunteering",
                "leadership");

        CategoryView changed = categories.edit(f.college, "certification", new CategoryChange("Certificates", null, null,
                null, null, List.of(ApproverKind.SECTION_FACULTY, ApproverKind.PRINCIPAL)));
        DecisionResult submitted = f.submitted("certification", Level.COLLEGE);

        assertThat(changed.name()).isEqualTo("Certificates");
        assertThat(changed.chain()).containsExactly(ApproverKind.SECTION_FACULTY, ApproverKind.PRINCIPAL);
        DecisionResult byFaculty = f.decide(f.faculty, submitted, DecisionKind.APPROVE, null);
        assertThat(byFaculty.status()).isEqualTo(AchievementStatus.IN_REVIEW);
        assertThat(f.decide(f.principal, byFaculty, DecisionKind.APPROVE, null).status())
                .isEqualTo(AchievementStatus.APPROVED);
    }

    @DatabaseTest
    void anEventRoutesTheFirstStepToItsOrganiser(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        var organiser = f.person("org", null, null, org.studenthub.core.security.Scope.SELF,
                org.studenthub.core.security.Permission.RECORDS_READ,
                org.studenthub.core.security.Permission.ACHIEVEMENT_APPROVE);
        EventView event = new EventService(db.transactions()).create(f.registrar,
                new NewEvent("Robotics cup", LocalDate.now().minusDays(20), LocalDate.now().minusDays(18),
                        "org." + f.college.collegeId()));
        AchievementView draft = f.withCertificate(f.student, f.achievements.saveDraft(f.student, new AchievementDraft(
                f.studentId, "competition", Level.STATE, "Robotics cup, second place", null, null, event.id(),
                LocalDate.now().minusDays(19), null, null)));

        DecisionResult submitted = f.decisions.decide(f.student,
                DecisionCommand.now(draft.id(), DecisionKind.SUBMIT, null, draft.version()));

        assertThat(submitted.step()).isEqualTo(1);
        assertThat(new ApprovalQueue(db.transactions()).count(organiser, QueueFilter.ALL)).isEqualTo(1);
        assertThat(f.decide(organiser, submitted, DecisionKind.APPROVE, null).step()).isEqualTo(2);
    }
}
