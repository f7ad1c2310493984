package org.studenthub.app.teacher;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.studenthub.app.I18n;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.ErrorText;
import org.studenthub.app.session.Session;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.department.DepartmentView;
import org.studenthub.core.security.Permission;
import org.studenthub.core.teacher.NewTeacher;
import org.studenthub.core.teacher.TeacherChanges;
import org.studenthub.core.teacher.TeacherStatus;
import org.studenthub.core.teacher.TeacherView;

/**
 * One teacher's profile, or a new one: every field of {@link NewTeacher} / {@link TeacherChanges}, editable with
 * {@code records.write}. Saving a change sends the version that was read; if someone else saved in between, nothing
 * is overwritten and the person chooses to reload. Problems are shown beside their fields, and what was typed stays.
 */
public final class TeacherDetailViewModel {
    private final Session session;
    private final BackgroundTasks tasks;
    private final Locale locale;
    private final Long teacherId;

    private final ReadOnlyObjectWrapper<TeacherView> teacher = new ReadOnlyObjectWrapper<>();
    private final ObservableList<DepartmentView> departments = FXCollections.observableArrayList();
    private final StringProperty staffNumber = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty givenName = new SimpleStringProperty("");
    private final StringProperty familyName = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObjectProperty<DepartmentView> department = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> hiredOn = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> fieldProblems = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper conflict = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding changed;

    /** @param teacherId the teacher to show, or null to record a new one */
    public TeacherDetailViewModel(Session session, BackgroundTasks tasks, Locale locale, Long teacherId) {
        this.session = session;
        this.tasks = tasks;
        this.locale = locale;
        this.teacherId = teacherId;
        this.changed = Bindings.createBooleanBinding(this::differs, teacher, staffNumber, title, givenName,
                familyName, email, phone, department, hiredOn);
    }

    /** Reads the departments and the teacher; an unsaved edit is replaced by what is stored. */
    public void load() {
        busy.set(true);
        Long id = teacher.get() == null ? teacherId : Long.valueOf(teacher.get().id());
        tasks.wrap(() -> new Read(session.services().departments().list(session.college()),
                        id == null ? null : session.services().teachers().get(session.college(), id)))
                .onSuccess(read -> {
                    busy.set(false);
                    conflict.set(false);
                    fieldProblems.clear();
                    message.set("");
                    departments.setAll(read.departments());
                    if (read.teacher() != null) {
                        show(read.teacher());
                    }
                })
                .onFailure(this::failed)
                .start();
    }

    private record Read(List<DepartmentView> departments, TeacherView teacher) {}

    private void show(TeacherView t) {
        staffNumber.set(t.staffNumber());
        title.set(text(t.title()));
        givenName.set(t.givenName());
        familyName.set(t.familyName());
        email.set(text(t.email()));
        phone.set(text(t.phone()));
        department.set(departments.stream().filter(d -> d.id() == t.departmentId()).findFirst().orElse(null));
        hiredOn.set(t.hiredOn());
        teacher.set(t);
    }

    /** Records the new teacher, or saves the edited profile against the version that was read. */
    public void save() {
        fieldProblems.clear();
        if (department.get() == null) {
            fieldProblems.put("departmentId", I18n.tr(locale, "client.teacher.department.required"));
            message.set(I18n.tr(locale, "client.teacher.fix_fields"));
            return;
        }
        TeacherView read = teacher.get();
        busy.set(true);
        tasks.wrap(() -> read == null
                        ? session.services().teachers().create(session.college(), newTeacher())
                        : session.services().teachers().update(session.college(), read.id(), changes(read)))
                .onSuccess(saved -> {
                    busy.set(false);
                    show(saved);
                    message.set(read == null ? I18n.tr(locale, "client.teacher.created", saved.staffNumber())
                            : I18n.tr(locale, "client.teacher.saved"));
                })
                .onFailure(this::failed)
                .start();
    }

    private NewTeacher newTeacher() {
        return new NewTeacher(staffNumber.get().strip(), givenName.get().strip(), familyName.get().strip(),
                title.get(), email.get(), phone.get(), department.get().id(), hiredOn.get());
    }

    private TeacherChanges changes(TeacherView read) {
        return new TeacherChanges(read.version(), givenName.get().strip(), familyName.get().strip(), title.get(),
                email.get(), phone.get(), department.get().id(), hiredOn.get());
    }

    /** Changes the teacher's status (the View asks for confirmation first); typed edits stay as they are. */
    public void changeStatus(TeacherStatus status) {
        TeacherView read = teacher.get();
        if (read == null || read.status() == status) {
            return;
        }
        busy.set(true);
        tasks.wrap(() -> session.services().teachers().changeStatus(session.college(), read.id(), read.version(), status))
                .onSuccess(saved -> {
                    busy.set(false);
                    teacher.set(saved);
                    message.set(I18n.tr(locale, "client.teacher.status_changed",
                            TeacherTexts.status(locale, saved.status())));
                })
                .onFailure(this::failed)
                .start();
    }

    private void failed(Throwable error) {
        busy.set(false);
        if (error instanceof ValidationException invalid) {
            invalid.problems().forEach(p -> fieldProblems.put(p.field(), p.message()));
            message.set(I18n.tr(locale, "client.teacher.fix_fields"));
        } else if (error instanceof ConflictException stale && stale.messageKey().equals("error.conflict.stale")) {
            conflict.set(true);
            message.set(I18n.tr(locale, "client.teacher.conflict"));
        } else if (error instanceof ConflictException taken && taken.messageKey().equals("teacher.staff_number.taken")) {
            fieldProblems.put("staffNumber", I18n.tr(locale, "client.teacher.staff_number.taken"));
            message.set(I18n.tr(locale, "client.teacher.fix_fields"));
        } else if (error instanceof NotFoundException missing && missing.args().length > 0
                && "department".equals(missing.args()[0])) {
            fieldProblems.put("departmentId", ErrorText.of(locale, error));
            message.set(I18n.tr(locale, "client.teacher.fix_fields"));
        } else {
            message.set(ErrorText.of(locale, error));
        }
    }

    private boolean differs() {
        TeacherView t = teacher.get();
        if (t == null) {
            return !staffNumber.get().isBlank() || !givenName.get().isBlank() || !familyName.get().isBlank();
        }
        return !title.get().equals(text(t.title())) || !givenName.get().equals(t.givenName())
                || !familyName.get().equals(t.familyName()) || !email.get().equals(text(t.email()))
                || !phone.get().equals(text(t.phone())) || !Objects.equals(hiredOn.get(), t.hiredOn())
                || department.get() == null || department.get().id() != t.departmentId();
    }

    /** Whether a field differs from what was read (for a new teacher: whether anything was typed). */
    public BooleanBinding changed() {
        return changed;
    }

    /** Whether this editor was opened to record a new teacher. */
    public boolean isNew() {
        return teacherId == null;
    }

    public boolean mayEdit() {
        return session.may(Permission.RECORDS_WRITE);
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "");
    }

    public ReadOnlyObjectProperty<TeacherView> teacherProperty() {
        return teacher.getReadOnlyProperty();
    }

    public ObservableList<DepartmentView> departments() {
        return departments;
    }

    public StringProperty staffNumberProperty() {
        return staffNumber;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty givenNameProperty() {
        return givenName;
    }

    public StringProperty familyNameProperty() {
        return familyName;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ObjectProperty<DepartmentView> departmentProperty() {
        return department;
    }

    public ObjectProperty<LocalDate> hiredOnProperty() {
        return hiredOn;
    }

    public ObservableMap<String, String> fieldProblems() {
        return fieldProblems;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
