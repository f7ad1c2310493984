package org.studenthub.app.fx;

import java.util.Locale;
import javafx.scene.Parent;

/**
 * How large the client's text is: the theme's size, or larger for people who read better that way. Every size in
 * the client's stylesheets is relative (em), so the whole window scales with the root's font size. Ctrl+Plus,
 * Ctrl+Minus and Ctrl+0 change it; the choice is remembered.
 */
public enum TextSize {
    NORMAL(100), LARGE(125), LARGEST(150);

    /** The theme's text size in pixels (AtlantaFX). */
    static final double BASE_PIXELS = 14;

    private final int percent;

    TextSize(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    /** Sets the font size of a window's root, from which every other size follows. */
    public void apply(Parent root) {
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_PIXELS * percent / 100));
    }

    public TextSize larger() {
        return values()[Math.min(ordinal() + 1, values().length - 1)];
    }

    public TextSize smaller() {
        return values()[Math.max(ordinal() - 1, 0)];
    }

    public static TextSize parse(String name) {
        try {
            return name == null ? NORMAL : valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return NORMAL;
        }
    }
}
