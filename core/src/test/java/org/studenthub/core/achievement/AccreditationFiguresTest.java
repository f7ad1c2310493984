package org.studenthub.core.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.studenthub.core.security.AccessDeniedException;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.Scope;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.tenancy.CollegeContext;

class AccreditationFiguresTest {
    private static final LocalDate FROM = LocalDate.now().minusYears(1);
    private static final LocalDate TO = LocalDate.now();

    @DatabaseTest
    void onlyApprovedAchievementsOfThePeriodCountByDepartmentProgrammeCategoryAndLevel(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        for (Level level : List.of(Level.NATIONAL, Level.NATIONAL, Level.STATE)) {
            f.decide(f.mentor, f.submitted("certification", level), DecisionKind.APPROVE, null);
        }
        f.submitted("certification", Level.NATIONAL);
        CollegeContext coordinator = f.person("coordinator", null, null, Scope.COLLEGE, Permission.RECORDS_READ,
                Permission.REPORT_ACCREDITATION);
        AccreditationFigures figures = new AccreditationFigures(db.transactions());

        assertThat(figures.byGroup(coordinator, FROM, TO)).containsExactly(
                new AccreditationFigures.GroupCount("CS", "BSC-CS", "certification", Level.NATIONAL, 2, 1),
                new AccreditationFigures.GroupCount("CS", "BSC-CS", "certification", Level.STATE, 1, 1));
        assertThat(figures.byGroup(coordinator, TO.plusDays(1), TO.plusYears(1))).isEmpty();
        assertThat(figures.studentsPerCategory(coordinator, FROM, TO))
                .filteredOn(r -> r.category().equals("certification")).singleElement()
                .satisfies(r -> {
                    assertThat(r.studentsWithOne()).isEqualTo(1);
                    assertThat(r.students()).isEqualTo(1);
                });
        assertThat(figures.pointsDistribution(coordinator, FROM, TO))
                .containsExactly(new AccreditationFigures.PointsBand(20, 29, 1));
    }

    @DatabaseTest
    void aHeadOfDepartmentSeesTheirDepartmentOnlyAndOthersNothing(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        f.decide(f.mentor, f.submitted("certification", Level.COLLEGE), DecisionKind.APPROVE, null);
        AccreditationFigures figures = new AccreditationFigures(db.transactions());
        CollegeContext ownHead = f.person("head.cs", null, null, Scope.department(f.records.departmentId),
                Permission.REPORT_ACCREDITATION);
        CollegeContext otherHead = f.person("head.math", null, null, Scope.department(f.records.department("MATH")),
                Permission.REPORT_ACCREDITATION);

        assertThat(figures.byGroup(ownHead, FROM, TO)).hasSize(1);
        assertThat(figures.byGroup(otherHead, FROM, TO)).isEmpty();
        assertThatThrownBy(() -> figures.byGroup(f.mentor, FROM, TO)).isInstanceOf(AccessDeniedException.class);
    }

    @DatabaseTest
    void totalsCountEachStudentOncePerLineWithTheNamesOfDepartmentsProgrammesAndCategories(TestDatabase db) {
        AchievementFixture f = new AchievementFixture(db);
        for (Level level : List.of(Level.NATIONAL, Level.STATE)) {
            f.decide(f.mentor, f.submitted("certification", level), DecisionKind.APPROVE, null);
        }
        CollegeContext coordinator = f.person("coordinator", null, null, Scope.COLLEGE, Permission.REPORT_ACCREDITATION);
        AccreditationFigures figures = new AccreditationFigures(db.transactions());

        assertThat(figures.totals(coordinator, FROM, TO, AccreditationFigures.Dimension.ALL))
                .containsExactly(new AccreditationFigures.Total(null, null, null, 2, 1));
        assertThat(figures.totals(coordinator, FROM, TO, AccreditationFigures.Dimension.DEPARTMENT))
                .containsExactly(new AccreditationFigures.Total("CS", "Computer Science", null, 2, 1));
        assertThat(figures.totals(coordinator, FROM, TO, AccreditationFigures.Dimension.PROGRAMME))
                .containsExactly(new AccreditationFigures.Total("BSC-CS", "Computer Science", "CS", 2, 1));
        assertThat(figures.totals(coordinator, FROM, TO, AccreditationFigures.Dimension.CATEGORY))
                .containsExactly(new AccreditationFigures.Total("certification", "Certification or MOOC", null, 2, 1));
        assertThat(figures.studentsPerCategory(coordinator, FROM, TO))
                .filteredOn(r -> r.category().equals("certification")).singleElement()
                .extracting(AccreditationFigures.CategoryReach::categoryName).isEqualTo("Certification or MOOC");
    }
}
