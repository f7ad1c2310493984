package org.studenthub.app.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.studenthub.app.client.DemoHome;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.session.Session;
import org.studenthub.app.session.SessionOpener;
import org.studenthub.core.attendance.AttendanceMarkView;
import org.studenthub.core.attendance.AttendanceSessionView;
import org.studenthub.core.attendance.Mark;
import org.studenthub.core.enrolment.EnrolmentStatus;
import org.studenthub.core.enrolment.EnrolmentView;

/**
 * Taking attendance without a window, as the demo faculty member, on a real database: opening a register, typing
 * it from the keyboard, saving, someone else's concurrent save, a failed save, and earlier sessions. Each test uses
 * its own period of today, so the tests do not share a register.
 */
class AttendanceViewModelTest {
    private static final LocalDate TODAY = LocalDate.now();
    private static SessionOpener opener;
    private static Session faculty;
    private static Session colleague;
    private static Session registrar;

    @BeforeAll
    static void signIn() {
        opener = new SessionOpener();
        faculty = DemoHome.signIn(opener, "faculty.demo");
        colleague = DemoHome.signIn(opener, "faculty.demo");
        registrar = DemoHome.signIn(opener, "registrar.demo");
    }

    @AfterAll
    static void close() {
        opener.close();
    }

    private static AttendanceViewModel opened(Session who, int period) {
        AttendanceViewModel model = new AttendanceViewModel(who, BackgroundTasks.direct(), Locale.ENGLISH, () -> TODAY);
        model.load();
        model.periodProperty().set(period);
        model.open();
        assertThat(model.openedProperty().get()).as(model.messageProperty().get()).isNotNull();
        return model;
    }

    private static Map<Long, Mark> stored(AttendanceSessionView register) {
        return faculty.services().attendance().marksOf(faculty.college(), register.id()).stream()
                .collect(Collectors.toMap(AttendanceMarkView::studentId, AttendanceMarkView::mark));
    }

    private static List<Mark> marks(AttendanceViewModel model) {
        return model.register().rows().stream().map(RegisterRow::mark).toList();
    }

    @Test
    void theFacultyMembersOwnSectionComesFirstAndItsRegisterListsTheEnrolledStudents() {
        AttendanceViewModel model = new AttendanceViewModel(faculty, BackgroundTasks.direct(), Locale.ENGLISH,
                () -> TODAY);
        model.load();

        assertThat(model.sections()).isNotEmpty();
        SectionChoice first = model.sections().get(0);
        assertThat(first.mine()).isTrue();
        assertThat(model.sectionProperty().get()).isEqualTo(first);
        assertThat(model.termProperty().get()).isNotNull();
        assertThat(model.termProperty().get().startsOn()).isBeforeOrEqualTo(TODAY);
        assertThat(model.termProperty().get().endsOn()).isAfterOrEqualTo(TODAY);

        model.periodProperty().set(8);
        model.open();

        AttendanceSessionView register = model.openedProperty().get();
        assertThat(register.sectionId()).isEqualTo(first.id());
        assertThat(register.heldOn()).isEqualTo(TODAY);
        assertThat(register.periodNo()).isEqualTo(8);
        long enrolled = faculty.services().enrolments().countBySectionAndTerm(faculty.college(), first.id(),
                register.termId());
        assertThat(model.register().rows()).hasSize((int) enrolled).isNotEmpty();
        assertThat(model.register().unmarkedProperty().get()).isEqualTo(enrolled);
        assertThat(model.register().selectedProperty().get()).isZero();

        AttendanceViewModel again = opened(faculty, 8);
        assertThat(again.openedProperty().get().id()).as("the same session is resumed").isEqualTo(register.id());
    }

    @Test
    void eachMarkKeyMarksTheSelectedStudentAndMovesToTheNextWithLiveCounts() {
        AttendanceViewModel model = opened(faculty, 9);
        Register register = model.register();
        int students = register.rows().size();
        assertThat(students).isGreaterThanOrEqualTo(3);

        assertThat(model.typed("p")).isTrue();
        assertThat(register.selectedProperty().get()).isEqualTo(1);
        assertThat(model.typed("A")).isTrue();
        assertThat(model.typed("x")).as("not a mark's key").isFalse();
        assertThat(model.typed("l")).isTrue();

        assertThat(marks(model).subList(0, 3)).containsExactly(Mark.PRESENT, Mark.ABSENT, Mark.LATE);
        assertThat(register.selectedProperty().get()).isEqualTo(Math.min(3, students - 1));
        assertThat(register.countProperty(Mark.PRESENT).get()).isEqualTo(1);
        assertThat(register.countProperty(Mark.ABSENT).get()).isEqualTo(1);
        assertThat(register.countProperty(Mark.LATE).get()).isEqualTo(1);
        assertThat(register.unmarkedProperty().get()).isEqualTo(students - 3);
        assertThat(register.unsavedProperty().get()).isEqualTo(3);

        register.select(1);
        model.typed("e");
        assertThat(marks(model).get(1)).as("correcting a row").isEqualTo(Mark.EXCUSED);
        assertThat(register.countProperty(Mark.ABSENT).get()).isZero();
        assertThat(register.countProperty(Mark.EXCUSED).get()).isEqualTo(1);

        register.select(students - 1);
        model.typed("l");
        assertThat(register.selectedProperty().get()).as("the last row stays selected").isEqualTo(students - 1);

        register.select(0);
        register.move(-1);
        assertThat(register.selectedProperty().get()).as("the first row stays selected").isZero();

        model.markAllUnmarkedPresent();
        assertThat(register.unmarkedProperty().get()).isZero();
        assertThat(register.countProperty(Mark.PRESENT).get()).isEqualTo(students - 2);
        assertThat(model.messageProperty().get()).contains("marked present");
    }

    @Test
    void italianKeysFollowTheItalianNamesOfTheMarks() {
        MarkKeys keys = new MarkKeys(Locale.ITALIAN);
        assertThat(keys.markFor("r")).contains(Mark.LATE);
        assertThat(keys.markFor("G")).contains(Mark.EXCUSED);
        assertThat(keys.markFor("l")).isEmpty();
        assertThat(keys.legend()).isEqualTo("P Presente \u00b7 A Assente \u00b7 R In ritardo \u00b7 G Giustificato");
    }

    @Test
    void aSavedRegisterIsReadBackFromTheDatabase() {
        AttendanceViewModel model = opened(faculty, 10);
        assertThat(model.saveDisabled().get()).as("nothing typed yet").isTrue();
        model.typed("a");
        model.typed("l");
        model.markAllUnmarkedPresent();
        assertThat(model.saveDisabled().get()).isFalse();
        long versionBefore = model.openedProperty().get().version();

        model.save();

        assertThat(model.messageProperty().get()).startsWith("Saved");
        assertThat(model.register().unsavedProperty().get()).isZero();
        assertThat(model.saveDisabled().get()).isTrue();
        assertThat(model.openedProperty().get().version()).isGreaterThan(versionBefore);
        Map<Long, Mark> stored = stored(model.openedProperty().get());
        assertThat(stored).hasSize(model.register().rows().size());
        model.register().rows().forEach(row -> assertThat(stored.get(row.studentId())).isEqualTo(row.mark()));
        assertThat(stored.values()).filteredOn(Mark.ABSENT::equals).hasSize(1);

        AttendanceViewModel reopened = opened(faculty, 10);
        assertThat(marks(reopened)).isEqualTo(marks(model));
        assertThat(reopened.register().unsavedProperty().get()).isZero();
    }

    @Test
    void someoneElsesSaveIsNeverOverwrittenAndReloadKeepsTheMarksTheyDidNotTouch() {
        AttendanceViewModel mine = opened(faculty, 11);
        mine.markAllUnmarkedPresent();
        mine.save();
        AttendanceViewModel theirs = opened(colleague, 11);
        theirs.typed("a");
        theirs.save();
        assertThat(theirs.messageProperty().get()).startsWith("Saved");

        mine.register().select(0);
        mine.typed("e");
        mine.typed("l");
        mine.save();

        assertThat(mine.conflictProperty().get()).isTrue();
        assertThat(mine.messageProperty().get()).contains("Someone else saved").contains("Reload");
        assertThat(mine.saveDisabled().get()).isTrue();
        assertThat(marks(mine).subList(0, 2)).as("typed marks stay").containsExactly(Mark.EXCUSED, Mark.LATE);
        RegisterRow first = mine.register().rows().get(0);
        RegisterRow second = mine.register().rows().get(1);
        Map<Long, Mark> stored = stored(mine.openedProperty().get());
        assertThat(stored.get(first.studentId())).as("their mark is kept").isEqualTo(Mark.ABSENT);
        assertThat(stored.get(second.studentId())).isEqualTo(Mark.PRESENT);

        mine.reload();

        assertThat(mine.conflictProperty().get()).isFalse();
        assertThat(first.mark()).as("both changed the first student: theirs shows").isEqualTo(Mark.ABSENT);
        assertThat(second.mark()).as("only I changed the second").isEqualTo(Mark.LATE);
        assertThat(second.isUnsaved()).isTrue();
        assertThat(mine.messageProperty().get()).contains("1 students were also changed");

        mine.save();

        assertThat(mine.messageProperty().get()).startsWith("Saved");
        Map<Long, Mark> after = stored(mine.openedProperty().get());
        assertThat(after.get(first.studentId())).isEqualTo(Mark.ABSENT);
        assertThat(after.get(second.studentId())).isEqualTo(Mark.LATE);
    }

    @Test
    void aFailedSaveKeepsEveryTypedMarkSoItCanBeSavedAgain() {
        AttendanceViewModel model = opened(faculty, 12);
        RegisterRow last = model.register().rows().get(model.register().rows().size() - 1);
        model.markAllUnmarkedPresent();
        EnrolmentView enrolment = registrar.services().enrolments().listByStudent(registrar.college(),
                        last.studentId()).stream()
                .filter(e -> e.termId() == model.openedProperty().get().termId()).findFirst().orElseThrow();
        EnrolmentView ended = registrar.services().enrolments().changeStatus(registrar.college(), enrolment.id(),
                enrolment.version(), EnrolmentStatus.WITHDRAWN, enrolment.enrolledOn());
        try {
            model.save();

            assertThat(model.messageProperty().get()).contains("were not enrolled").contains("SH-");
            assertThat(model.problemProperty().get()).isTrue();
            assertThat(model.register().unmarkedProperty().get()).isZero();
            assertThat(model.register().unsavedProperty().get()).isEqualTo(model.register().rows().size());
            assertThat(model.saveDisabled().get()).as("saving can be tried again").isFalse();
            assertThat(stored(model.openedProperty().get())).isEmpty();
        } finally {
            registrar.services().enrolments().changeStatus(registrar.college(), enrolment.id(), ended.version(),
                    EnrolmentStatus.ENROLLED, null);
        }

        model.save();

        assertThat(model.messageProperty().get()).startsWith("Saved");
        assertThat(stored(model.openedProperty().get())).hasSize(model.register().rows().size());
    }

    @Test
    void earlierSessionsOfTheTermAreListedOldestFirstAndReopenWithTheirMarks() {
        AttendanceViewModel model = new AttendanceViewModel(faculty, BackgroundTasks.direct(), Locale.ENGLISH,
                () -> TODAY);
        model.load();

        List<AttendanceSessionView> earlier = List.copyOf(model.pastSessions());
        assertThat(earlier).hasSizeGreaterThanOrEqualTo(10);
        assertThat(earlier).isSortedAccordingTo((a, b) -> a.heldOn().equals(b.heldOn())
                ? Integer.compare(a.periodNo(), b.periodNo()) : a.heldOn().compareTo(b.heldOn()));
        assertThat(model.hasMoreSessions()).isFalse();

        AttendanceSessionView demoDay = earlier.get(0);
        model.reopen(demoDay);

        assertThat(model.openedProperty().get().id()).isEqualTo(demoDay.id());
        assertThat(model.dateProperty().get()).isEqualTo(demoDay.heldOn());
        assertThat(model.register().unmarkedProperty().get()).as("the demo marked everyone").isZero();
        Map<Long, Mark> stored = stored(demoDay);
        model.register().rows().forEach(row -> assertThat(row.mark()).isEqualTo(stored.get(row.studentId())));

        Mark corrected = model.register().rows().get(0).mark() == Mark.ABSENT ? Mark.PRESENT : Mark.ABSENT;
        model.typed(corrected == Mark.ABSENT ? "a" : "p");
        model.save();
        assertThat(model.messageProperty().get()).startsWith("Saved");
        assertThat(stored(demoDay).get(model.register().rows().get(0).studentId())).isEqualTo(corrected);
    }

    @Test
    void aStudentsSummaryCountsEachMarkOfTheChosenTerm() {
        AttendanceViewModel register = opened(faculty, 7);
        register.register().select(1);
        register.typed("l");
        register.markAllUnmarkedPresent();
        register.save();
        long student = register.register().rows().get(1).studentId();
        StudentAttendanceViewModel model = new StudentAttendanceViewModel(faculty, BackgroundTasks.direct(),
                Locale.ENGLISH, student, () -> TODAY);

        model.load();

        assertThat(model.terms()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(model.termProperty().get().startsOn()).isBeforeOrEqualTo(TODAY);
        var summary = model.summaryProperty().get();
        var expected = faculty.services().attendance().studentSummary(faculty.college(), student,
                model.termProperty().get().id());
        assertThat(summary).isEqualTo(expected);
        assertThat(summary.total()).isGreaterThanOrEqualTo(10);
        assertThat(summary.late()).as("marked late in the register just saved").isPositive();
        assertThat(summary.present() + summary.absent() + summary.late() + summary.excused()).isEqualTo(summary.total());
        assertThat(model.messageProperty().get()).isEmpty();

        var other = model.terms().stream().filter(t -> !t.equals(model.termProperty().get())).findFirst().orElseThrow();
        model.termProperty().set(other);

        assertThat(model.summaryProperty().get().total()).isZero();
        assertThat(model.messageProperty().get()).contains("No attendance was recorded").contains(other.name());
    }
}
