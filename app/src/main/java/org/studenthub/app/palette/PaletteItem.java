package org.studenthub.app.palette;

import java.util.function.Consumer;

/**
 * One line of the command palette: what it shows and what choosing it does.
 *
 * @param kind   screen, student or command (the list groups them in this order)
 * @param label  the main text, e.g. "Students" or "Rossi, Anna"
 * @param detail a smaller second text, e.g. the shortcut or the student number
 * @param icon   an Ikonli Material 2 icon literal
 * @param action what choosing the line does
 */
public record PaletteItem(Kind kind, String label, String detail, String icon, Consumer<PaletteActions> action) {
    public enum Kind { SCREEN, STUDENT, COMMAND }

    /** Whether {@code other} shows the same thing (actions are never equal, so selection is kept by this). */
    boolean sameAs(PaletteItem other) {
        return other != null && kind == other.kind && label.equals(other.label) && detail.equals(other.detail);
    }
}
