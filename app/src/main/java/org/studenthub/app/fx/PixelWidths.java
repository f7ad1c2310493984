package org.studenthub.app.fx;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.control.TreeTableView;

/**
 * The few widths the screens give in pixels, grown with the text size. Stylesheets size everything in em, but FXML
 * can only give a table column or a short field a width in pixels; at 125 or 150% text those pixels would cut
 * headers and choices short. Each width is remembered as first written and set to that times the text size, so
 * applying a size again (or another one) never compounds. An instance remembers (weakly) the screens it sized, so
 * that a new text size reaches the screens kept for later too.
 */
public final class PixelWidths {
    private static final String BASE = PixelWidths.class.getName() + ".base";
    private static final String BASE_MIN = PixelWidths.class.getName() + ".baseMin";

    /** Header padding on both sides plus the sort arrow's room, in em of the header's font. */
    private static final double HEADER_PADDING_EM = 2.2;

    private final List<WeakReference<Node>> sized = new ArrayList<>();

    /** Sizes a screen just loaded for {@code size}, and remembers it for {@link #resizeAll}. */
    public void size(Node screen, TextSize size) {
        sized.removeIf(reference -> reference.get() == null);
        sized.add(new WeakReference<>(screen));
        apply(screen, size);
    }

    /** Sizes every screen still in use for a new {@code size}. */
    public void resizeAll(TextSize size) {
        sized.removeIf(reference -> reference.get() == null);
        sized.forEach(reference -> {
            Node screen = reference.get();
            if (screen != null) {
                apply(screen, size);
            }
        });
    }

    /** Sets the widths under {@code root} for {@code size}: columns of tables, and choice, combo and text fields. */
    public static void apply(Node root, TextSize size) {
        scale(root, size.percent() / 100.0);
    }

    private static void scale(Node node, double factor) {
        if (node instanceof TableView<?> table) {
            columns(table.getColumns(), factor);
        } else if (node instanceof TreeTableView<?> table) {
            columns(table.getColumns(), factor);
        } else if (node instanceof ChoiceBox<?> || node instanceof ComboBoxBase<?> || node instanceof TextField) {
            control((Control) node, factor);
        } else if (node instanceof GridPane grid) {
            @SuppressWarnings("unchecked")
            Map<ColumnConstraints, double[]> bases = (Map<ColumnConstraints, double[]>) grid.getProperties()
                    .computeIfAbsent(BASE, k -> new IdentityHashMap<ColumnConstraints, double[]>());
            grid.getColumnConstraints().forEach(column -> constraints(column, bases, factor));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                scale(child, factor);
            }
        }
        // before their skins exist, these hold their content outside their children
        List<Node> held = node instanceof TabPane tabs ? tabs.getTabs().stream().map(Tab::getContent).toList()
                : node instanceof ScrollPane scroll ? Arrays.asList(scroll.getContent())
                : node instanceof SplitPane split ? split.getItems()
                : node instanceof TitledPane titled ? Arrays.asList(titled.getContent())
                : node instanceof ToolBar bar ? bar.getItems()
                : List.of();
        held.stream().filter(Objects::nonNull).forEach(content -> scale(content, factor));
    }

    private static void columns(List<? extends TableColumnBase<?, ?>> columns, double factor) {
        for (TableColumnBase<?, ?> column : columns) {
            double base = (double) column.getProperties().computeIfAbsent(BASE, k -> column.getPrefWidth());
            double baseMin = (double) column.getProperties().computeIfAbsent(BASE_MIN, k -> column.getMinWidth());
            // a column is never narrower than its header's text: a narrow table scrolls sideways instead
            double header = column.getColumns().isEmpty() ? headerWidth(column.getText(), factor) : 0;
            column.setMinWidth(Math.max(baseMin * factor, header));
            column.setPrefWidth(Math.max(base * factor, header));
            columns(column.getColumns(), factor);
        }
    }

    /** The width a column header needs for {@code text} in the theme's bold header font, with its padding. */
    private static double headerWidth(String text, double factor) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        double size = TextSize.BASE_PIXELS * factor;
        Text measured = new Text(text);
        measured.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, size));
        return Math.ceil(measured.getLayoutBounds().getWidth() + HEADER_PADDING_EM * size);
    }

    private static void constraints(ColumnConstraints column, Map<ColumnConstraints, double[]> bases, double factor) {
        double[] base = bases.computeIfAbsent(column, k -> new double[] {
            column.getMinWidth(), column.getPrefWidth(), column.getMaxWidth()});
        if (base[0] > 0) {
            column.setMinWidth(base[0] * factor);
        }
        if (base[1] > 0) {
            column.setPrefWidth(base[1] * factor);
        }
        if (base[2] > 0 && base[2] < Double.MAX_VALUE) {
            column.setMaxWidth(base[2] * factor);
        }
    }

    private static void control(Control control, double factor) {
        double base = (double) control.getProperties().computeIfAbsent(BASE, k -> control.getPrefWidth());
        if (base > 0) {
            control.setPrefWidth(base * factor);
        }
        double baseMin = (double) control.getProperties().computeIfAbsent(BASE_MIN, k -> control.getMinWidth());
        if (baseMin > 0) {
            control.setMinWidth(baseMin * factor);
        }
    }
}
