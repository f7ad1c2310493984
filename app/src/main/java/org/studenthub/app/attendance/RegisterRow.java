package org.studenthub.app.attendance;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.studenthub.core.attendance.Mark;

/**
 * One student's line of the register: the mark as entered now and the mark stored in the database (null when none
 * is stored yet). The note stored with a mark travels back unchanged when the register is saved.
 */
public final class RegisterRow {
    private final long studentId;
    private final String studentNumber;
    private final String name;
    private final ObjectProperty<Mark> mark = new SimpleObjectProperty<>(this, "mark");
    private final ReadOnlyObjectWrapper<Mark> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final BooleanBinding unsaved = Bindings.createBooleanBinding(
            () -> mark.get() != null && mark.get() != saved.get(), mark, saved);
    private String note;

    public RegisterRow(long studentId, String studentNumber, String name, Mark savedMark, String note) {
        this.studentId = studentId;
        this.studentNumber = studentNumber;
        this.name = name;
        this.saved.set(savedMark);
        this.mark.set(savedMark);
        this.note = note;
    }

    public long studentId() {
        return studentId;
    }

    public String studentNumber() {
        return studentNumber;
    }

    public String name() {
        return name;
    }

    public ObjectProperty<Mark> markProperty() {
        return mark;
    }

    public Mark mark() {
        return mark.get();
    }

    public ReadOnlyObjectProperty<Mark> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public Mark saved() {
        return saved.get();
    }

    /** True when the mark entered differs from the one stored. */
    public BooleanBinding unsavedBinding() {
        return unsaved;
    }

    public boolean isUnsaved() {
        return unsaved.get();
    }

    String note() {
        return note;
    }

    /** The database now holds {@code stored} (and {@code storedNote}) for this student. */
    void stored(Mark stored, String storedNote) {
        saved.set(stored);
        note = storedNote;
    }
}
