package org.studenthub.app.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.common.ValidationException.FieldProblem;

/**
 * The shared editor on its own, with a tiny in-memory store standing in for a core service: what changed, saving,
 * problems beside fields, conflicts with reload, status changes with confirmation, and read-only use.
 */
class RecordEditorTest {
    enum State { ACTIVE, CLOSED }

    record Thing(long id, String code, int size, State state, long version) {}

    /** Stores things like a core service: versions, a unique code, validation. */
    static final class Store {
        final List<Thing> things = new ArrayList<>();
        int calls;

        Thing create(String code, int size) {
            calls++;
            if (things.stream().anyMatch(t -> t.code().equals(code))) {
                throw new ConflictException("department.code.taken", code);
            }
            if (size > 10) {
                throw new ValidationException(List.of(new FieldProblem("size", "must be at most 10")));
            }
            Thing made = new Thing(things.size() + 1, code, size, State.ACTIVE, 0);
            things.add(made);
            return made;
        }

        Thing update(long id, long version, int size, State state) {
            calls++;
            Thing stored = get(id);
            if (stored.version() != version) {
                throw ConflictException.staleRecord("thing", stored.code(), null);
            }
            Thing saved = new Thing(id, stored.code(), size, state, version + 1);
            things.set((int) id - 1, saved);
            return saved;
        }

        Thing get(long id) {
            return things.get((int) id - 1);
        }
    }

    static final class ThingEditor extends RecordEditor<Thing> {
        final Store store;
        final StringProperty code = form().text("code");
        final StringProperty size = form().text("size");
        final StatusChange<Thing, State> status;

        ThingEditor(Store store, boolean mayEdit) {
            super(BackgroundTasks.direct(), Locale.ENGLISH, mayEdit);
            this.store = store;
            this.status = statusChange(State.class, "client.department.", Thing::state, Thing::code,
                    (t, s) -> () -> store.update(t.id(), t.version(), t.size(), s));
        }

        @Override
        protected void fill(Thing thing) {
            code.set(thing.code());
            size.set(Integer.toString(thing.size()));
        }

        @Override
        protected void fillNew() {
            code.set("");
            size.set("");
        }

        @Override
        protected Callable<Thing> create() {
            String typedCode = form().stripped("code");
            int typedSize = form().wholeNumber("size");
            return () -> store.create(typedCode, typedSize);
        }

        @Override
        protected Callable<Thing> update(Thing stored) {
            int typedSize = form().wholeNumber("size");
            return () -> store.update(stored.id(), stored.version(), typedSize, stored.state());
        }

        @Override
        protected Callable<Thing> read(Thing stored) {
            return () -> store.get(stored.id());
        }
    }

    private final Store store = new Store();
    private final ThingEditor editor = new ThingEditor(store, true);

    @Test
    void aNewRecordIsCreatedShownAndReportedOnlyOnceSomethingWasTyped() {
        List<Thing> reported = new ArrayList<>();
        editor.onSaved(reported::add);
        editor.startNew();
        assertThat(editor.form().changedProperty().get()).isFalse();

        editor.code.set("ACC");
        editor.size.set(" 4 ");
        assertThat(editor.form().changedProperty().get()).isTrue();
        editor.save();

        assertThat(editor.creatingProperty().get()).isFalse();
        assertThat(editor.recordProperty().get()).isEqualTo(new Thing(1, "ACC", 4, State.ACTIVE, 0));
        assertThat(editor.form().changedProperty().get()).isFalse();
        assertThat(editor.messageProperty().get()).isEqualTo("Saved.");
        assertThat(reported).containsExactly(store.get(1));
    }

    @Test
    void changingAFieldBackToWhatWasReadIsNoChange() {
        editor.edit(store.create("ACC", 4));
        editor.size.set("5");
        assertThat(editor.form().changedProperty().get()).isTrue();
        editor.size.set("4");
        assertThat(editor.form().changedProperty().get()).isFalse();
    }

    @Test
    void aNumberThatIsNotOneIsMarkedBesideItsFieldWithoutCallingTheService() {
        editor.startNew();
        editor.code.set("ACC");
        editor.size.set("four");
        editor.save();

        assertThat(store.calls).isZero();
        assertThat(editor.form().problems()).containsEntry("size", "Enter a whole number.");
        assertThat(editor.messageProperty().get()).contains("Nothing was saved");
        assertThat(editor.size.get()).isEqualTo("four");
    }

    @Test
    void theCoresFieldProblemsAndATakenCodeAppearBesideTheirFieldsAndKeepWhatWasTyped() {
        store.create("ACC", 1);
        editor.startNew();
        editor.code.set("NEW");
        editor.size.set("11");
        editor.save();
        assertThat(editor.form().problems()).containsOnlyKeys("size");

        editor.code.set("ACC");
        editor.size.set("3");
        editor.save();
        assertThat(editor.form().problems()).containsOnlyKeys("code");
        assertThat(editor.form().problems().get("code")).contains("ACC");
        assertThat(editor.creatingProperty().get()).isTrue();
        assertThat(editor.code.get()).isEqualTo("ACC");
    }

    @Test
    void aRecordSavedMeanwhileIsNotOverwrittenAndReloadShowsItsNewVersion() {
        Thing read = store.create("ACC", 4);
        editor.edit(read);
        store.update(read.id(), read.version(), 7, State.ACTIVE);

        editor.size.set("5");
        editor.save();

        assertThat(editor.conflictProperty().get()).isTrue();
        assertThat(editor.messageProperty().get()).contains("Someone else saved");
        assertThat(editor.size.get()).isEqualTo("5");
        assertThat(store.get(read.id()).size()).isEqualTo(7);

        editor.reload();
        assertThat(editor.conflictProperty().get()).isFalse();
        assertThat(editor.size.get()).isEqualTo("7");
        assertThat(editor.form().changedProperty().get()).isFalse();
    }

    @Test
    void aStatusChangeIsAskedConfirmedAndOnlyThenDone() {
        editor.edit(store.create("ACC", 4));
        assertThat(editor.status.choices()).containsExactly(State.CLOSED);
        assertThat(editor.status.actionText(State.CLOSED)).isEqualTo("Close department");

        editor.status.request(State.CLOSED);
        assertThat(editor.status.question()).startsWith("Close department ACC?");
        editor.status.cancel();
        assertThat(store.get(1).state()).isEqualTo(State.ACTIVE);

        editor.status.request(State.CLOSED);
        editor.status.confirm();
        assertThat(store.get(1).state()).isEqualTo(State.CLOSED);
        assertThat(editor.recordProperty().get().state()).isEqualTo(State.CLOSED);
        assertThat(editor.status.choices()).containsExactly(State.ACTIVE);
        assertThat(editor.messageProperty().get()).isEqualTo("Status changed.");
    }

    @Test
    void withoutTheRightToEditNothingIsSavedAndNoStatusIsOffered() {
        ThingEditor readOnly = new ThingEditor(store, false);
        readOnly.edit(store.create("ACC", 4));
        readOnly.size.set("9");

        readOnly.save();

        assertThat(store.get(1).size()).isEqualTo(4);
        assertThat(readOnly.status.choices()).isEmpty();
    }
}
