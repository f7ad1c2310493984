package org.studenthub.app.client;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.text.Text;

/**
 * Finds texts the window shows cut short: every visible label, button or tab title whose drawn text is not its whole
 * text (JavaFX replaces the end with an ellipsis when the text does not fit), and every control pushed partly out
 * of the window or out of the pane that shows it (a split pane's side, a tab). Table and list cells are left out:
 * a long value in a narrow column is the reader's to widen, not a fault of the screen; so is what a scroll pane
 * shows, which the reader scrolls to.
 */
final class ClippedText {
    private ClippedText() {}

    /** "what (id or class): shown / whole" for each clipped text under {@code root}. */
    static List<String> under(Parent root) {
        List<String> clipped = new ArrayList<>();
        Bounds window = root.localToScene(root.getLayoutBounds());
        visit(root, window, true, clipped);
        return clipped;
    }

    /** {@code shownIn}: the scene area the node's nearest clipping ancestor shows; {@code placed}: whether to check it. */
    private static void visit(Node node, Bounds shownIn, boolean placed, List<String> clipped) {
        if (!node.isVisible() || node instanceof Cell<?>) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            String whole = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_(?=.)", "") : labeled.getText();
            Text drawn = drawnText(labeled);
            if (drawn != null && !flat(drawn.getText()).equals(flat(whole))) {
                clipped.add(describe(labeled) + ": \"" + drawn.getText() + "\" of \"" + whole + "\"");
            }
        }
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        if (placed && node instanceof Control && bounds.getWidth() > 0 && !inside(bounds, shownIn)) {
            clipped.add(describe(node) + (node instanceof Labeled labeled ? " \"" + labeled.getText() + "\"" : "")
                    + ": out of view at " + area(bounds) + " of " + area(shownIn));
        }
        Bounds inner = node.getClip() == null ? shownIn : node.localToScene(node.getClip().getBoundsInParent());
        // the shell's own scroller is held to the window: a screen must fit without scrolling
        boolean screenScroller = node.getStyleClass().contains("screen-scroller");
        boolean innerPlaced = placed && (screenScroller || !(node instanceof ScrollPane || node instanceof TableView<?>
                || node instanceof ListView<?> || node instanceof TreeView<?>));
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, inner, innerPlaced, clipped);
            }
        }
    }

    private static boolean inside(Bounds bounds, Bounds area) {
        return bounds.getMinX() >= area.getMinX() - 1 && bounds.getMaxX() <= area.getMaxX() + 1
                && bounds.getMinY() >= area.getMinY() - 1 && bounds.getMaxY() <= area.getMaxY() + 1;
    }

    private static String area(Bounds bounds) {
        return "x " + Math.round(bounds.getMinX()) + "-" + Math.round(bounds.getMaxX())
                + ", y " + Math.round(bounds.getMinY()) + "-" + Math.round(bounds.getMaxY());
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").trim();
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

    private static String describe(Node node) {
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId());
    }
}
