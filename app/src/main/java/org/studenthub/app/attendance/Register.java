package org.studenthub.app.attendance;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studenthub.core.attendance.AttendanceMarkView;
import org.studenthub.core.attendance.Mark;
import org.studenthub.core.attendance.MarkEntry;

/**
 * The register as it is typed: one row per student, a selected row, and live counts. Giving a mark to the selected
 * row moves the selection to the next row, so a whole class is marked with one key per student. Nothing here
 * talks to the database: {@link AttendanceViewModel} saves {@link #entries()} and hands back what was stored.
 */
public final class Register {
    private final ObservableList<RegisterRow> rows = FXCollections.observableArrayList(
            row -> new Observable[] {row.markProperty(), row.savedProperty()});
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final Map<Mark, ReadOnlyIntegerWrapper> counts = new EnumMap<>(Mark.class);
    private final ReadOnlyIntegerWrapper unmarked = new ReadOnlyIntegerWrapper(this, "unmarked");
    private final ReadOnlyIntegerWrapper unsaved = new ReadOnlyIntegerWrapper(this, "unsaved");
    private final BooleanBinding changed = unsaved.greaterThan(0);

    public Register() {
        for (Mark mark : Mark.values()) {
            counts.put(mark, new ReadOnlyIntegerWrapper(this, mark.name()));
        }
        rows.addListener((javafx.collections.ListChangeListener<RegisterRow>) change -> recount());
    }

    /** Replaces the rows; the first student without a mark is selected (the first row when all have one). */
    public void setAll(List<RegisterRow> lines) {
        rows.setAll(lines);
        int firstUnmarked = 0;
        while (firstUnmarked < rows.size() && rows.get(firstUnmarked).mark() != null) {
            firstUnmarked++;
        }
        selected.set(rows.isEmpty() ? -1 : firstUnmarked < rows.size() ? firstUnmarked : 0);
    }

    public void clear() {
        setAll(List.of());
    }

    /** Selects row {@code index}, kept within the register. */
    public void select(int index) {
        selected.set(rows.isEmpty() ? -1 : Math.max(0, Math.min(rows.size() - 1, index)));
    }

    /** Moves the selection {@code delta} rows up (negative) or down. */
    public void move(int delta) {
        select(selected.get() + delta);
    }

    /** Gives the selected student {@code mark} and selects the next student; false when no row is selected. */
    public boolean mark(Mark mark) {
        int index = selected.get();
        if (index < 0 || index >= rows.size()) {
            return false;
        }
        rows.get(index).markProperty().set(mark);
        select(index + 1);
        return true;
    }

    /** Marks every student who has no mark yet as present; returns how many were marked. */
    public int markAllUnmarkedPresent() {
        int marked = 0;
        for (RegisterRow row : rows) {
            if (row.mark() == null) {
                row.markProperty().set(Mark.PRESENT);
                marked++;
            }
        }
        return marked;
    }

    /** The lines to record: every student with a mark (unchanged ones are left alone by the database). */
    public List<MarkEntry> entries() {
        return rows.stream().filter(row -> row.mark() != null)
                .map(row -> new MarkEntry(row.studentId(), row.mark(), row.note())).toList();
    }

    /**
     * The database now holds {@code stored} after {@code sent} was recorded: each row's saved mark is updated, and a row
     * still showing what was sent shows what is stored. A mark typed while the save was running stays, unsaved.
     */
    public void stored(List<AttendanceMarkView> stored, List<MarkEntry> sent) {
        Map<Long, AttendanceMarkView> byStudent = byStudent(stored);
        Map<Long, Mark> sentMarks = sent.stream().collect(Collectors.toMap(MarkEntry::studentId, MarkEntry::mark));
        for (RegisterRow row : rows) {
            AttendanceMarkView mark = byStudent.get(row.studentId());
            Mark now = mark == null ? null : mark.mark();
            boolean untouched = row.mark() == sentMarks.get(row.studentId()) || row.mark() == null;
            row.stored(now, mark == null ? null : mark.note());
            if (untouched) {
                row.markProperty().set(now);
            }
        }
    }

    /**
     * Takes in what someone else saved while this register was being typed, without losing either side: a mark
     * typed here stays (still unsaved) where the other person left that student as they were; where both changed
     * the same student, theirs is shown, since it is what the database holds.
     *
     * @return how many typed marks gave way to the other person's mark
     */
    public int merge(List<AttendanceMarkView> theirs) {
        Map<Long, AttendanceMarkView> byStudent = byStudent(theirs);
        int gaveWay = 0;
        for (RegisterRow row : rows) {
            AttendanceMarkView stored = byStudent.get(row.studentId());
            Mark their = stored == null ? null : stored.mark();
            Mark typed = row.mark();
            boolean keepTyped = row.isUnsaved() && (their == row.saved() || their == typed);
            if (row.isUnsaved() && !keepTyped) {
                gaveWay++;
            }
            row.stored(their, stored == null ? null : stored.note());
            row.markProperty().set(keepTyped ? typed : their);
        }
        return gaveWay;
    }

    private static Map<Long, AttendanceMarkView> byStudent(List<AttendanceMarkView> marks) {
        return marks.stream().collect(Collectors.toMap(AttendanceMarkView::studentId, Function.identity()));
    }

    private void recount() {
        Map<Mark, Integer> tally = new EnumMap<>(Mark.class);
        int none = 0;
        int notSaved = 0;
        for (RegisterRow row : rows) {
            if (row.mark() == null) {
                none++;
            } else {
                tally.merge(row.mark(), 1, Integer::sum);
            }
            if (row.isUnsaved()) {
                notSaved++;
            }
        }
        counts.forEach((mark, count) -> count.set(tally.getOrDefault(mark, 0)));
        unmarked.set(none);
        unsaved.set(notSaved);
    }

    public ObservableList<RegisterRow> rows() {
        return rows;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public ReadOnlyIntegerProperty countProperty(Mark mark) {
        return counts.get(mark).getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty unmarkedProperty() {
        return unmarked.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    /** True while a typed mark is not in the database. */
    public BooleanBinding changedBinding() {
        return changed;
    }

    /** How many rows hold a mark of any kind. */
    public int marked() {
        return rows.size() - unmarked.get();
    }
}
