package org.studenthub.app.student;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.studenthub.app.client.DemoHome;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.session.Session;
import org.studenthub.app.session.SessionOpener;
import org.studenthub.core.common.NameKeys;
import org.studenthub.core.student.StudentStatus;
import org.studenthub.core.student.search.StudentRow;
import org.studenthub.core.student.search.StudentSort;

/** The student list's behaviour, without a window: paging, search, filters and order against a real database. */
class StudentsViewModelTest {
    private static SessionOpener opener;
    private static Session session;

    @BeforeAll
    static void signIn() {
        opener = new SessionOpener();
        session = DemoHome.signIn(opener, "registrar.demo");
    }

    @AfterAll
    static void close() {
        opener.close();
    }

    private final StudentsViewModel model = new StudentsViewModel(session, BackgroundTasks.direct(), Locale.ENGLISH);

    @Test
    void theListReadsOnePageAtATimeUntilEveryStudentIsShown() {
        model.search();
        assertThat(model.rows()).hasSize(StudentsViewModel.PAGE_SIZE);
        assertThat(model.hasMore()).isTrue();

        model.loadMore();

        assertThat(model.rows()).hasSize(DemoHome.STUDENTS).doesNotHaveDuplicates();
        assertThat(model.hasMore()).isFalse();
        assertThat(model.rows()).extracting(r -> NameKeys.personKey(r.familyName(), r.givenName(), r.preferredName()))
                .isSorted();
    }

    @Test
    void orderingByNumberIsDoneByTheDatabase() {
        model.sortProperty().set(StudentSort.NUMBER);
        model.search();

        assertThat(model.rows()).extracting(StudentRow::studentNumber).isSorted();
    }

    @Test
    void searchTextAndStatusFilterNarrowTheList() {
        model.search();
        String family = model.rows().get(5).familyName();

        model.textProperty().set(family);
        model.search();
        assertThat(model.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.familyName() + " " + r.givenName())
                .containsIgnoringCase(family));

        model.statusProperty().set(StudentStatus.GRADUATED);
        model.search();
        assertThat(model.rows()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("No student matches.");
    }
}
