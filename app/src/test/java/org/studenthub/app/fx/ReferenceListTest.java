package org.studenthub.app.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The searchable reference list on its own: search as you type, the status filter, saved records, failures. */
class ReferenceListTest {
    enum Kind { OPEN, SHUT }

    record Row(long id, String code, String name, Kind kind) {}

    private final List<Row> stored = new ArrayList<>(List.of(
            new Row(1, "ACC", "Accounting", Kind.OPEN),
            new Row(2, "ARCH", "Architettura e Città", Kind.OPEN),
            new Row(3, "MED", "Medicine", Kind.SHUT)));

    private ReferenceList<Row, Kind> list() {
        return new ReferenceList<>(BackgroundTasks.direct(), Locale.ENGLISH, () -> List.copyOf(stored), Row::id,
                ReferenceList.searchIn(Row::code, Row::name), Row::kind);
    }

    @Test
    void typingFiltersByCodeOrNameIgnoringCaseAndAccents() {
        ReferenceList<Row, Kind> list = list();
        list.load();
        assertThat(list.rows()).hasSize(3);

        list.textProperty().set("citta");
        assertThat(list.rows()).extracting(Row::code).containsExactly("ARCH");
        list.textProperty().set("me");
        assertThat(list.rows()).extracting(Row::code).containsExactly("MED");
        list.textProperty().set("AC");
        assertThat(list.rows()).extracting(Row::code).containsExactly("ACC");
        list.textProperty().set("  ");
        assertThat(list.rows()).hasSize(3);
    }

    @Test
    void theStatusFilterCombinesWithTheSearch() {
        ReferenceList<Row, Kind> list = list();
        list.load();

        list.statusProperty().set(Kind.OPEN);
        assertThat(list.rows()).extracting(Row::code).containsExactly("ACC", "ARCH");
        list.textProperty().set("med");
        assertThat(list.rows()).isEmpty();
        list.statusProperty().set(null);
        assertThat(list.rows()).extracting(Row::code).containsExactly("MED");
    }

    @Test
    void aSavedRecordReplacesItsRowAndANewOneIsAddedUnderTheSameFilter() {
        ReferenceList<Row, Kind> list = list();
        list.load();
        list.statusProperty().set(Kind.OPEN);

        list.put(new Row(1, "ACC", "Accounting", Kind.SHUT));
        list.put(new Row(9, "LAW", "Law", Kind.OPEN));

        assertThat(list.rows()).extracting(Row::code).containsExactly("ARCH", "LAW");
        assertThat(list.all()).hasSize(4);
        assertThat(list.find(1)).map(Row::kind).contains(Kind.SHUT);
    }

    @Test
    void aFailedReadIsExplainedAndTheListKeepsWhatItHad() {
        ReferenceList<Row, Kind> list = new ReferenceList<>(BackgroundTasks.direct(), Locale.ENGLISH,
                () -> { throw new IllegalStateException("disk"); }, Row::id,
                ReferenceList.searchIn(Row::code), Row::kind);

        list.load();

        assertThat(list.loadingProperty().get()).isFalse();
        assertThat(list.messageProperty().get()).contains("Something went wrong").contains("IllegalStateException");
        assertThat(list.rows()).isEmpty();
    }
}
