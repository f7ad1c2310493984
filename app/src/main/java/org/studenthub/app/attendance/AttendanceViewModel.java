package org.studenthub.app.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studenthub.app.I18n;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.ErrorText;
import org.studenthub.app.session.Session;
import org.studenthub.core.attendance.AttendanceMarkView;
import org.studenthub.core.attendance.AttendanceSessionView;
import org.studenthub.core.attendance.MarkEntry;
import org.studenthub.core.attendance.NewAttendanceSession;
import org.studenthub.core.attendance.SessionCursor;
import org.studenthub.core.calendar.TermView;
import org.studenthub.core.common.ConflictException;

/**
 * Taking attendance: choose a section, term, date and period, open that session (or the one already there), type
 * the register from the keyboard ({@link Register}) and save it against the version that was read. A save that
 * meets someone else's newer save changes nothing and keeps every typed mark until the person reloads; reloading
 * keeps typed marks where the other person left those students alone. Earlier sessions of the section are listed a
 * page at a time to reopen and correct.
 */
public final class AttendanceViewModel {
    static final int SESSIONS_PAGE = 100;

    private final Session session;
    private final BackgroundTasks tasks;
    private final Locale locale;
    private final AttendanceReader reader;
    private final MarkKeys keys;
    private final Register register = new Register();

    private final ObservableList<SectionChoice> sections = FXCollections.observableArrayList();
    private final ObservableList<TermView> terms = FXCollections.observableArrayList();
    private final ObjectProperty<SectionChoice> section = new SimpleObjectProperty<>(this, "section");
    private final ObjectProperty<TermView> term = new SimpleObjectProperty<>(this, "term");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final IntegerProperty period = new SimpleIntegerProperty(this, "period", 1);
    private final StringProperty topic = new SimpleStringProperty(this, "topic", "");
    private final ReadOnlyObjectWrapper<AttendanceSessionView> opened = new ReadOnlyObjectWrapper<>(this, "opened");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper conflict = new ReadOnlyBooleanWrapper(this, "conflict");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(this, "problem");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<AttendanceSessionView> pastSessions = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loadingSessions = new ReadOnlyBooleanWrapper(this, "loadingSessions");
    private SessionCursor nextSessions;
    private long sessionsGeneration;

    public AttendanceViewModel(Session session, BackgroundTasks tasks, Locale locale, Supplier<LocalDate> today) {
        this.session = session;
        this.tasks = tasks;
        this.locale = locale;
        this.reader = new AttendanceReader(session, locale);
        this.keys = new MarkKeys(locale);
        date.set(today.get());
        date.addListener((o, was, now) -> {
            TermView containing = now == null ? null : AttendanceChoices.termOf(terms, now);
            if (containing != null && (term.get() == null || !within(term.get(), now))) {
                term.set(containing);
            }
        });
        section.addListener((o, was, now) -> loadSessions());
        term.addListener((o, was, now) -> loadSessions());
    }

    /** Reads the sections and terms to choose from; the person's own first section and today's term are chosen. */
    public void load() {
        busy.set(true);
        tasks.wrap(reader::choices)
                .onSuccess(choices -> {
                    busy.set(false);
                    terms.setAll(choices.terms());
                    sections.setAll(choices.sections());
                    term.set(date.get() == null ? null : AttendanceChoices.termOf(choices.terms(), date.get()));
                    section.set(sections.isEmpty() ? null : sections.get(0));
                    say(sections.isEmpty() ? "client.attendance.no_sections" : "client.attendance.choose", false);
                })
                .onFailure(this::failed)
                .start();
    }

    /** True when opening another register now would drop typed marks that are not saved. */
    public boolean wouldDiscard() {
        return register.changedBinding().get();
    }

    /** Opens the chosen section's session on the chosen date and period, creating it when there is none. */
    public void open() {
        if (section.get() == null || term.get() == null || date.get() == null) {
            say("client.attendance.choose_first", true);
            return;
        }
        String typedTopic = topic.get() == null || topic.get().isBlank() ? null : topic.get().strip();
        NewAttendanceSession wanted = new NewAttendanceSession(section.get().id(), term.get().id(), null,
                session.college().access().teacherId().orElse(null), date.get(), period.get(), typedTopic);
        busy.set(true);
        tasks.wrap(() -> reader.read(reader.openOrResume(wanted).id()))
                .onSuccess(read -> {
                    show(read);
                    loadSessions();
                })
                .onFailure(this::failed)
                .start();
    }

    /** Reopens an earlier session of the section to correct it. */
    public void reopen(AttendanceSessionView earlier) {
        busy.set(true);
        tasks.wrap(() -> reader.read(earlier.id()))
                .onSuccess(this::show)
                .onFailure(this::failed)
                .start();
    }

    private void show(OpenedRegister read) {
        busy.set(false);
        conflict.set(false);
        AttendanceSessionView stored = read.session();
        date.set(stored.heldOn());
        period.set(stored.periodNo());
        topic.set(stored.topic() == null ? "" : stored.topic());
        Map<Long, AttendanceMarkView> marks = read.marks().stream()
                .collect(Collectors.toMap(AttendanceMarkView::studentId, m -> m));
        register.setAll(read.roster().stream().map(line -> {
            AttendanceMarkView mark = marks.get(line.studentId());
            return new RegisterRow(line.studentId(), line.studentNumber(), line.name(),
                    mark == null ? null : mark.mark(), mark == null ? null : mark.note());
        }).toList());
        opened.set(stored);
        say(read.roster().isEmpty() ? "client.attendance.nobody_enrolled" : "client.attendance.opened", false,
                read.roster().size());
    }

    /** Gives the selected student the mark of the typed key and moves on; false when the key gives no mark. */
    public boolean typed(String character) {
        return opened.get() != null && keys.markFor(character).map(register::mark).orElse(false);
    }

    /** Marks every student without a mark present (one action at the end of the roll call). */
    public void markAllUnmarkedPresent() {
        if (opened.get() != null) {
            say("client.attendance.marked_present", false, register.markAllUnmarkedPresent());
        }
    }

    /** Records the register against the session version that was read. Typed marks stay whatever happens. */
    public void save() {
        AttendanceSessionView current = opened.get();
        if (current == null || busy.get() || !register.changedBinding().get()) {
            return;
        }
        if (conflict.get()) {
            say("client.attendance.conflict", true);
            return;
        }
        List<MarkEntry> entries = register.entries();
        busy.set(true);
        tasks.wrap(() -> {
                    session.services().attendance().recordMarks(session.college(), current.id(), current.version(),
                            entries);
                    return reader.stored(current.id());
                })
                .onSuccess(read -> {
                    busy.set(false);
                    opened.set(read.session());
                    register.stored(read.marks(), entries);
                    say("client.attendance.saved", false, entries.size());
                })
                .onFailure(this::failed)
                .start();
    }

    /**
     * Reads the session again. Marks typed here stay where the database still holds what was read; where someone
     * else changed the same student, their mark is shown and the person is told how many.
     */
    public void reload() {
        AttendanceSessionView current = opened.get();
        if (current == null || busy.get()) {
            return;
        }
        busy.set(true);
        tasks.wrap(() -> reader.stored(current.id()))
                .onSuccess(read -> {
                    busy.set(false);
                    conflict.set(false);
                    int gaveWay = register.merge(read.marks());
                    opened.set(read.session());
                    say(gaveWay > 0 ? "client.attendance.reloaded.clashes" : "client.attendance.reloaded", gaveWay > 0,
                            register.unsavedProperty().get(), gaveWay);
                })
                .onFailure(this::failed)
                .start();
    }

    /** Reads the first page of the chosen section's sessions in the chosen term. */
    public void loadSessions() {
        long mine = ++sessionsGeneration;
        pastSessions.clear();
        nextSessions = null;
        if (section.get() == null || term.get() == null) {
            return;
        }
        readSessions(mine, null);
    }

    /** Appends the next page of sessions, if there is one and none is being read. */
    public void loadMoreSessions() {
        if (!loadingSessions.get() && nextSessions != null) {
            readSessions(sessionsGeneration, nextSessions);
        }
    }

    private void readSessions(long mine, SessionCursor after) {
        long sectionId = section.get().id();
        long termId = term.get().id();
        loadingSessions.set(true);
        tasks.wrap(() -> reader.sessions(sectionId, termId, after, SESSIONS_PAGE))
                .onSuccess(page -> {
                    if (mine == sessionsGeneration) {
                        loadingSessions.set(false);
                        nextSessions = page.next();
                        pastSessions.addAll(page.items());
                    }
                })
                .onFailure(error -> {
                    if (mine == sessionsGeneration) {
                        loadingSessions.set(false);
                        message.set(ErrorText.of(locale, error));
                        problem.set(true);
                    }
                })
                .start();
    }

    private void failed(Throwable error) {
        busy.set(false);
        if (error instanceof ConflictException stale && stale.messageKey().equals("error.conflict.stale")) {
            conflict.set(true);
            say("client.attendance.conflict", true);
        } else {
            message.set(ErrorText.of(locale, error));
            problem.set(true);
        }
    }

    private void say(String key, boolean isProblem, Object... args) {
        message.set(I18n.tr(locale, key, args));
        problem.set(isProblem);
    }

    private static boolean within(TermView term, LocalDate day) {
        return !day.isBefore(term.startsOn()) && !day.isAfter(term.endsOn());
    }

    public boolean hasMoreSessions() {
        return nextSessions != null;
    }

    /** Save is offered when a typed mark is not stored, nothing is running and no conflict waits for a reload. */
    public BooleanBinding saveDisabled() {
        return register.changedBinding().not().or(busy).or(conflict).or(opened.isNull());
    }

    public Register register() {
        return register;
    }

    public MarkKeys keys() {
        return keys;
    }

    public ObservableList<SectionChoice> sections() {
        return sections;
    }

    public ObservableList<TermView> terms() {
        return terms;
    }

    public ObjectProperty<SectionChoice> sectionProperty() {
        return section;
    }

    public ObjectProperty<TermView> termProperty() {
        return term;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public IntegerProperty periodProperty() {
        return period;
    }

    public StringProperty topicProperty() {
        return topic;
    }

    public ReadOnlyObjectProperty<AttendanceSessionView> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** True when the message reports something that went wrong. */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<AttendanceSessionView> pastSessions() {
        return pastSessions;
    }

    public ReadOnlyBooleanProperty loadingSessionsProperty() {
        return loadingSessions.getReadOnlyProperty();
    }

    /** The section a session belongs to, by id, for headings. */
    public String sectionCode(long sectionId) {
        return sections.stream().filter(c -> c.id() == sectionId).map(c -> c.section().code()).findFirst()
                .orElse(String.valueOf(sectionId));
    }
}
