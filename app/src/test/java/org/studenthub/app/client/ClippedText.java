package org.studenthub.app.client;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds texts the window shows cut short: every visible label, button or tab title whose drawn text is not its whole
 * text (JavaFX replaces the end with an ellipsis when the text does not fit). Table and list cells are left out:
 * a long value in a narrow column is the reader's to widen, not a fault of the screen.
 */
final class ClippedText {
    private ClippedText() {}

    /** "what (id or class): shown / whole" for each clipped text under {@code root}. */
    static List<String> under(Parent root) {
        List<String> clipped = new ArrayList<>();
        visit(root, clipped);
        return clipped;
    }

    private static void visit(Node node, List<String> clipped) {
        if (!node.isVisible() || node instanceof Cell<?>) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            String whole = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_(?=.)", "") : labeled.getText();
            Text drawn = drawnText(labeled);
            if (drawn != null && !drawn.getText().equals(whole) && !labeled.isWrapText()) {
                clipped.add(describe(labeled) + ": \"" + drawn.getText() + "\" of \"" + whole + "\"");
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, clipped);
            }
        }
    }

    /** The label's own text node (its graphic may be a text too: an icon). */
    private static Text drawnText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && text.getStyleClass().contains("text")) {
                return text;
            }
        }
        return null;
    }

    private static String describe(Labeled labeled) {
        return labeled.getClass().getSimpleName() + (labeled.getId() == null ? "" : "#" + labeled.getId());
    }
}
