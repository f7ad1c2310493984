package org.studenthub.app.palette;

import atlantafx.base.controls.CustomTextField;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studenthub.app.I18n;

/**
 * Binds the command palette: a search field over a list of matches. Up and Down (or Tab) move the selection,
 * Enter or a click chooses, Esc or a click beside the palette closes it. The keyboard stays in the field.
 */
public final class PaletteView {
    private static final Duration TYPING_PAUSE = Duration.millis(120);
    private static final double LINE_HEIGHT = 40;
    private static final int LINES_SHOWN = 10;

    private final PaletteViewModel model;
    private final Locale locale;

    @FXML
    private StackPane scrim;
    @FXML
    private VBox card;
    @FXML
    private CustomTextField search;
    @FXML
    private ListView<PaletteItem> results;
    @FXML
    private Label message;
    @FXML
    private ProgressIndicator searching;

    public PaletteView(PaletteViewModel model, Locale locale) {
        this.model = model;
        this.locale = locale;
    }

    @FXML
    private void initialize() {
        search.setLeft(new FontIcon("mdmz-search"));
        search.textProperty().bindBidirectional(model.queryProperty());
        PauseTransition pause = new PauseTransition(TYPING_PAUSE);
        pause.setOnFinished(e -> model.search());
        search.textProperty().addListener((o, was, now) -> pause.playFromStart());
        search.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        search.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                Platform.runLater(search::requestFocus);
            } else {
                pause.stop();
            }
        });

        results.setItems(model.items());
        results.setFocusTraversable(false);
        results.setCellFactory(list -> new ItemCell());
        results.setFixedCellSize(LINE_HEIGHT);
        results.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(model.items().size(), LINES_SHOWN) * LINE_HEIGHT + 4, model.items()));
        results.visibleProperty().bind(Bindings.isNotEmpty(model.items()));
        results.managedProperty().bind(results.visibleProperty());
        model.selectedProperty().addListener((o, was, now) -> showSelection(now.intValue()));
        results.getItems().addListener((javafx.collections.ListChangeListener<PaletteItem>) c ->
                showSelection(model.selectedProperty().get()));

        message.textProperty().bind(model.messageProperty());
        searching.visibleProperty().bind(model.searchingProperty());
        scrim.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getTarget() == scrim) {
                model.close();
            }
        });
        model.search();
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> model.move(1);
            case UP -> model.move(-1);
            case TAB -> model.move(e.isShiftDown() ? -1 : 1);
            case ENTER -> model.runSelected();
            case ESCAPE -> model.close();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Follows the model's selection; while the lines are being replaced the index may be past their end. */
    private void showSelection(int index) {
        if (index < 0 || index >= model.items().size()) {
            results.getSelectionModel().clearSelection();
            search.setAccessibleHelp(I18n.tr(locale, "client.palette.search.help"));
            return;
        }
        results.getSelectionModel().select(index);
        results.scrollTo(Math.max(0, index - 3));
        PaletteItem item = model.items().get(index);
        search.setAccessibleHelp(item.label() + ", " + item.detail());
    }

    /** One line: icon, label, and the detail in small muted text. A click chooses it. */
    private final class ItemCell extends ListCell<PaletteItem> {
        private final FontIcon icon = new FontIcon();
        private final Label label = new Label();
        private final Label detail = new Label();
        private final HBox line;

        ItemCell() {
            label.getStyleClass().add("palette-label");
            detail.getStyleClass().addAll("text-muted", "text-small");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            line = new HBox(12, icon, label, gap, detail);
            line.setAlignment(Pos.CENTER_LEFT);
            setOnMouseClicked(e -> {
                if (!isEmpty()) {
                    model.select(getIndex());
                    model.runSelected();
                }
            });
        }

        @Override
        protected void updateItem(PaletteItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
            } else {
                icon.setIconLiteral(item.icon());
                label.setText(item.label());
                detail.setText(item.detail());
                setGraphic(line);
                setAccessibleText(item.label() + ", " + item.detail());
            }
        }
    }
}
