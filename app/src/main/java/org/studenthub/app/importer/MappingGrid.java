package org.studenthub.app.importer;

import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.studenthub.app.I18n;

/**
 * The column page's grid, one line per expected column: its name (required ones marked), a choice of the
 * file's headers and the value the first row of the file has there.
 */
final class MappingGrid {
    private final GridPane grid;
    private final ImportWizardViewModel model;
    private final Locale locale;

    MappingGrid(GridPane grid, ImportWizardViewModel model, Locale locale) {
        this.grid = grid;
        this.model = model;
        this.locale = locale;
    }

    void bind() {
        model.mapping().choices().addListener((ListChangeListener<ColumnChoice>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        grid.getChildren().clear();
        int row = 0;
        for (ColumnChoice choice : model.mapping().choices()) {
            Label name = new Label(choice.label());
            name.setTooltip(new Tooltip(choice.column()));
            HBox label = new HBox(4, name);
            if (choice.required()) {
                Label mark = new Label("*");
                mark.getStyleClass().add("required-mark");
                label.getChildren().add(mark);
            }
            ChoiceBox<String> header = new ChoiceBox<>();
            header.setId("column-" + choice.column());
            header.getItems().add(null);
            header.getItems().addAll(model.header());
            header.setConverter(new StringConverter<>() {
                @Override
                public String toString(String value) {
                    return value == null ? I18n.tr(locale, "client.import.columns.none") : value;
                }

                @Override
                public String fromString(String text) {
                    return null;
                }
            });
            header.valueProperty().bindBidirectional(choice.headerProperty());
            header.setMaxWidth(Double.MAX_VALUE);
            header.setAccessibleText(I18n.tr(locale, choice.required() ? "client.import.columns.for_required"
                    : "client.import.columns.for", choice.label()));
            name.setLabelFor(header);
            Label sample = new Label();
            sample.getStyleClass().add("text-muted");
            sample.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> sample(choice.headerProperty().get()), choice.headerProperty()));
            label.setAlignment(Pos.CENTER_LEFT);
            GridPane.setValignment(label, VPos.CENTER);
            GridPane.setValignment(sample, VPos.CENTER);
            header.focusedProperty().addListener((o, was, focused) -> {
                if (focused) {
                    scrollTo(header);
                }
            });
            grid.addRow(row++, label, header, sample);
        }
    }

    /** Scrolls the grid's scroll pane so that {@code node}, reached with Tab, can be seen. */
    private void scrollTo(Node node) {
        Node parent = grid.getParent();
        while (parent != null && !(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        if (parent instanceof ScrollPane pane) {
            double hidden = grid.getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
            if (hidden > 0) {
                Bounds bounds = node.getBoundsInParent();
                double top = pane.getVvalue() * hidden;
                double viewport = pane.getViewportBounds().getHeight();
                if (bounds.getMinY() < top) {
                    pane.setVvalue(bounds.getMinY() / hidden);
                } else if (bounds.getMaxY() > top + viewport) {
                    pane.setVvalue(Math.min(1, (bounds.getMaxY() - viewport) / hidden));
                }
            }
        }
    }

    private String sample(String header) {
        int index = header == null ? -1 : model.header().indexOf(header);
        List<List<String>> rows = model.previewRows();
        if (index < 0 || rows.isEmpty() || index >= rows.get(0).size() || rows.get(0).get(index).isBlank()) {
            return "";
        }
        return I18n.tr(locale, "client.import.columns.sample", rows.get(0).get(index));
    }
}
