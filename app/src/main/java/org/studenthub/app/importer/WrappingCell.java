package org.studenthub.app.importer;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/** A table cell whose text wraps to its column's width, so that the row grows instead of cutting the text. */
final class WrappingCell<S> extends TableCell<S, String> {
    private static final double PADDING = 24;

    private final Text text = new Text();

    WrappingCell(TableColumn<S, String> column) {
        text.getStyleClass().add("wrapping-cell-text");
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(PADDING));
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        text.setText(empty || item == null ? "" : item);
        setGraphic(empty ? null : text);
        setAccessibleText(empty ? null : item);
    }
}
