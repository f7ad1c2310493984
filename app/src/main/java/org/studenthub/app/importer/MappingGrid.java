package org.studenthub.app.importer;

import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
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
            grid.addRow(row++, label, header, sample);
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
