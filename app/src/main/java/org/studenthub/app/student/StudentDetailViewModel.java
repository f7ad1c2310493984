package org.studenthub.app.student;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.studenthub.app.I18n;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.ErrorText;
import org.studenthub.app.session.Session;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.security.Permission;
import org.studenthub.core.student.StudentChanges;
import org.studenthub.core.student.StudentView;

/**
 * One student: profile (editable with {@code student.write}), guardians, documents and achievements. Saving sends
 * the version that was read; if someone else saved in between, nothing is overwritten: the person is told and
 * chooses to reload. Field problems are shown beside their fields.
 */
public final class StudentDetailViewModel {
    private final Session session;
    private final BackgroundTasks tasks;
    private final Locale locale;
    private final long studentId;

    private final ReadOnlyObjectWrapper<StudentDetail> detail = new ReadOnlyObjectWrapper<>();
    private final StringProperty givenName = new SimpleStringProperty("");
    private final StringProperty familyName = new SimpleStringProperty("");
    private final StringProperty preferredName = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty addressLine = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty postalCode = new SimpleStringProperty("");
    private final StringProperty countryCode = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldProblems = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper conflict = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public StudentDetailViewModel(Session session, BackgroundTasks tasks, Locale locale, long studentId) {
        this.session = session;
        this.tasks = tasks;
        this.locale = locale;
        this.studentId = studentId;
    }

    /** Reads the student and what belongs to them; an unsaved edit is replaced by what is stored. */
    public void load() {
        busy.set(true);
        tasks.wrap(this::read)
                .onSuccess(read -> {
                    busy.set(false);
                    conflict.set(false);
                    fieldProblems.clear();
                    show(read);
                })
                .onFailure(this::failed)
                .start();
    }

    private StudentDetail read() {
        var services = session.services();
        var college = session.college();
        StudentView student = services.students().get(college, studentId);
        boolean achievements = session.may(Permission.STUDENT_READ);
        return new StudentDetail(student, services.guardians().listForStudent(college, studentId),
                services.studentDocuments().listForStudent(college, studentId),
                achievements ? services.achievements().listForStudent(college, studentId,
                        new PageRequest(100, null)).items() : List.of(),
                achievements ? services.points().pointsOf(college, studentId) : null);
    }

    private void show(StudentDetail read) {
        StudentView s = read.student();
        givenName.set(s.givenName());
        familyName.set(s.familyName());
        preferredName.set(text(s.preferredName()));
        email.set(text(s.email()));
        phone.set(text(s.phone()));
        addressLine.set(text(s.addressLine()));
        city.set(text(s.city()));
        postalCode.set(text(s.postalCode()));
        countryCode.set(text(s.countryCode()));
        detail.set(read);
    }

    /** Saves the edited profile against the version that was read. */
    public void save() {
        StudentView read = detail.get().student();
        StudentChanges changes = new StudentChanges(read.version(), givenName.get().strip(), familyName.get().strip(),
                blankToNull(preferredName.get()), read.dateOfBirth(), blankToNull(email.get()),
                blankToNull(phone.get()), blankToNull(addressLine.get()), blankToNull(city.get()),
                blankToNull(postalCode.get()), blankToNull(countryCode.get()), read.programmeId());
        busy.set(true);
        fieldProblems.clear();
        tasks.wrap(() -> session.services().students().update(session.college(), studentId, changes))
                .onSuccess(saved -> {
                    busy.set(false);
                    detail.set(new StudentDetail(saved, detail.get().guardians(), detail.get().documents(),
                            detail.get().achievements(), detail.get().points()));
                    message.set(I18n.tr(locale, "client.student.saved"));
                })
                .onFailure(this::failed)
                .start();
    }

    private void failed(Throwable error) {
        busy.set(false);
        if (error instanceof ValidationException invalid) {
            invalid.problems().forEach(p -> fieldProblems.put(p.field(), p.message()));
            message.set(I18n.tr(locale, "client.student.fix_fields"));
        } else if (error instanceof ConflictException stale && stale.messageKey().equals("error.conflict.stale")) {
            conflict.set(true);
            message.set(I18n.tr(locale, "client.student.conflict"));
        } else {
            message.set(ErrorText.of(locale, error));
        }
    }

    /** Whether a field differs from what was read. */
    public BooleanBinding changed() {
        return Bindings.createBooleanBinding(() -> {
            StudentDetail read = detail.get();
            if (read == null) {
                return false;
            }
            StudentView s = read.student();
            return !givenName.get().equals(s.givenName()) || !familyName.get().equals(s.familyName())
                    || !preferredName.get().equals(text(s.preferredName())) || !email.get().equals(text(s.email()))
                    || !phone.get().equals(text(s.phone())) || !addressLine.get().equals(text(s.addressLine()))
                    || !city.get().equals(text(s.city())) || !postalCode.get().equals(text(s.postalCode()))
                    || !countryCode.get().equals(text(s.countryCode()));
        }, detail, givenName, familyName, preferredName, email, phone, addressLine, city, postalCode, countryCode);
    }

    public boolean mayEdit() {
        return session.may(Permission.STUDENT_WRITE);
    }

    private static String text(String value) {
        return Objects.requireNonNullElse(value, "");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public ReadOnlyObjectProperty<StudentDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public StringProperty givenNameProperty() {
        return givenName;
    }

    public StringProperty familyNameProperty() {
        return familyName;
    }

    public StringProperty preferredNameProperty() {
        return preferredName;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty addressLineProperty() {
        return addressLine;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public StringProperty postalCodeProperty() {
        return postalCode;
    }

    public StringProperty countryCodeProperty() {
        return countryCode;
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
