package org.studenthub.app.section;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.studenthub.app.I18n;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.ErrorText;
import org.studenthub.app.session.Session;
import org.studenthub.core.calendar.AcademicYearView;
import org.studenthub.core.programme.ProgrammeView;
import org.studenthub.core.section.SectionStatus;
import org.studenthub.core.section.SectionView;

/**
 * The sections of one academic year (the current one first), filtered by text and status, and the editor beside
 * them. A year has tens or a few hundred sections, so the year's list is read whole and filtered in memory.
 */
public final class SectionsViewModel {
    private final Session session;
    private final BackgroundTasks tasks;
    private final Locale locale;
    private final ObservableList<AcademicYearView> years = FXCollections.observableArrayList();
    private final ObjectProperty<AcademicYearView> year = new SimpleObjectProperty<>();
    private final ObservableList<ProgrammeView> programmes = FXCollections.observableArrayList();
    private final Map<Long, ProgrammeView> programmesById = new HashMap<>();
    private final ObservableList<SectionView> sections = FXCollections.observableArrayList();
    private final FilteredList<SectionView> shown = new FilteredList<>(sections);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<SectionStatus> status = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final SectionEditorViewModel editor;
    private long generation;

    public SectionsViewModel(Session session, BackgroundTasks tasks, Locale locale) {
        this.session = session;
        this.tasks = tasks;
        this.locale = locale;
        this.editor = new SectionEditorViewModel(session, tasks, locale, programmesById::get, this::saved);
        filter.addListener((o, was, now) -> applyFilter());
        status.addListener((o, was, now) -> applyFilter());
        year.addListener((o, was, now) -> {
            if (now != null) {
                listSections();
            }
        });
    }

    private record Setup(List<AcademicYearView> years, AcademicYearView current, List<ProgrammeView> programmes) {}

    /** Reads the years and programmes, then lists the current year's sections. */
    public void load() {
        loading.set(true);
        tasks.wrap(() -> {
            var services = session.services();
            return new Setup(services.calendar().listYears(session.college()),
                    services.calendar().currentYear(session.college()).orElse(null),
                    services.programmes().list(session.college()));
        }).onSuccess(setup -> {
            programmes.setAll(setup.programmes());
            programmesById.clear();
            setup.programmes().forEach(p -> programmesById.put(p.id(), p));
            years.setAll(setup.years());
            AcademicYearView first = setup.current() != null ? setup.current()
                    : setup.years().isEmpty() ? null : setup.years().get(0);
            loading.set(false);
            if (first == null) {
                message.set(I18n.tr(locale, "client.section.no_years"));
            } else if (year.get() != null && year.get().id() == first.id()) {
                listSections();
            } else {
                year.set(first);
            }
        }).onFailure(this::failed).start();
    }

    /** Reads the chosen year's sections again; answers to an earlier year are dropped. */
    public void listSections() {
        AcademicYearView chosen = year.get();
        if (chosen == null) {
            return;
        }
        long mine = ++generation;
        loading.set(true);
        editor.startNew(chosen);
        tasks.wrap(() -> session.services().sections().listByYear(session.college(), chosen.id()))
                .onSuccess(read -> {
                    if (mine == generation) {
                        sections.setAll(read);
                        loading.set(false);
                        showCount();
                    }
                })
                .onFailure(error -> {
                    if (mine == generation) {
                        failed(error);
                    }
                })
                .start();
    }

    private void saved(SectionView section) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id() == section.id()) {
                sections.set(i, section);
                showCount();
                return;
            }
        }
        if (year.get() != null && section.academicYearId() == year.get().id()) {
            sections.add(section);
            sections.sort(java.util.Comparator.comparing(SectionView::code));
        }
        showCount();
    }

    private void applyFilter() {
        String wanted = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        SectionStatus only = status.get();
        shown.setPredicate(s -> (only == null || s.status() == only)
                && (wanted.isEmpty() || (s.code() + " " + s.name() + " " + programmeCode(s.programmeId()))
                .toLowerCase(Locale.ROOT).contains(wanted)));
        showCount();
    }

    private void showCount() {
        message.set(sections.isEmpty() ? I18n.tr(locale, "client.section.none_in_year")
                : shown.isEmpty() ? I18n.tr(locale, "client.section.none_match")
                : I18n.tr(locale, "client.section.count", shown.size(), sections.size()));
    }

    private void failed(Throwable error) {
        loading.set(false);
        message.set(ErrorText.of(locale, error));
    }

    /** The programme's code, for the list and the filter. */
    public String programmeCode(long programmeId) {
        ProgrammeView programme = programmesById.get(programmeId);
        return programme == null ? "" : programme.code();
    }

    /** "CS · Computer Science": how a programme is named in the editor and the class list. */
    public String programmeLabel(long programmeId) {
        ProgrammeView programme = programmesById.get(programmeId);
        return programme == null ? "" : programme.code() + " \u00b7 " + programme.name();
    }

    public boolean mayEdit() {
        return editor.mayEdit();
    }

    public SectionEditorViewModel editor() {
        return editor;
    }

    public ObservableList<AcademicYearView> years() {
        return years;
    }

    public ObjectProperty<AcademicYearView> yearProperty() {
        return year;
    }

    public ObservableList<ProgrammeView> programmes() {
        return programmes;
    }

    /** The year's sections that pass the filter, by code. */
    public ObservableList<SectionView> shown() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<SectionStatus> statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
