package org.studenthub.app.attendance;

import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.scene.control.TableCell;

/** A mark in its colour; an unsaved one in bold italics with a dot, so what still needs saving stands out. */
final class MarkCell extends TableCell<RegisterRow, RegisterRow> {
    private final MarkKeys keys;
    private final InvalidationListener refresh = o -> show(getItem());

    MarkCell(MarkKeys keys) {
        this.keys = keys;
    }

    @Override
    protected void updateItem(RegisterRow row, boolean empty) {
        RegisterRow before = getItem();
        if (before != null) {
            before.markProperty().removeListener(refresh);
            before.unsavedBinding().removeListener(refresh);
        }
        super.updateItem(row, empty);
        if (row != null && !empty) {
            row.markProperty().addListener(refresh);
            row.unsavedBinding().addListener(refresh);
        }
        show(empty ? null : row);
    }

    private void show(RegisterRow row) {
        getStyleClass().removeIf(s -> s.startsWith("mark-"));
        if (row == null || row.mark() == null) {
            setText(row == null ? null : "\u2013");
            return;
        }
        getStyleClass().add("mark-" + row.mark().name().toLowerCase(Locale.ROOT));
        if (row.isUnsaved()) {
            getStyleClass().add("mark-unsaved");
        }
        setText((row.isUnsaved() ? "\u2022 " : "") + keys.label(row.mark()));
    }
}
