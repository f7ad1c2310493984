package org.studenthub.app.importer;

import java.io.File;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studenthub.app.I18n;
import org.studenthub.app.importer.ImportWizardViewModel.Step;
import org.studenthub.core.transfer.ImportReport;

/**
 * Binds the import wizard: a page per step, the file from the chooser, the path field or a drop, the preview
 * table, a choice of the file's header per expected column, the problems table and the summary.
 */
public final class ImportWizardView {
    private final ImportWizardViewModel model;
    private final Locale locale;

    @FXML
    private VBox root;
    @FXML
    private Label stepFile;
    @FXML
    private Label stepColumns;
    @FXML
    private Label stepCheck;
    @FXML
    private Label stepImport;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Label message;
    @FXML
    private VBox filePage;
    @FXML
    private ChoiceBox<ImportKind> kind;
    @FXML
    private TextField path;
    @FXML
    private StackPane dropZone;
    @FXML
    private Label dropIcon;
    @FXML
    private TableView<List<String>> preview;
    @FXML
    private VBox columnsPage;
    @FXML
    private GridPane columns;
    @FXML
    private Label columnsProblem;
    @FXML
    private VBox checkPage;
    @FXML
    private TableView<ProblemRow> problems;
    @FXML
    private TableColumn<ProblemRow, String> problemLine;
    @FXML
    private TableColumn<ProblemRow, String> problemColumn;
    @FXML
    private TableColumn<ProblemRow, String> problemMessage;
    @FXML
    private Button saveProblems;
    @FXML
    private CheckBox validRowsOnly;
    @FXML
    private VBox importPage;
    @FXML
    private HBox running;
    @FXML
    private ProgressBar progress;
    @FXML
    private Button cancel;
    @FXML
    private javafx.scene.layout.FlowPane summary;
    @FXML
    private Label inserted;
    @FXML
    private Label updated;
    @FXML
    private Label unchanged;
    @FXML
    private Label rejected;
    @FXML
    private HBox rejectedBox;
    @FXML
    private Label rejectedFile;
    @FXML
    private Button back;
    @FXML
    private Button startOver;
    @FXML
    private Button next;
    @FXML
    private Button check;
    @FXML
    private Button importButton;

    public ImportWizardView(ImportWizardViewModel model, Locale locale) {
        this.model = model;
        this.locale = locale;
    }

    @FXML
    private void initialize() {
        bindFilePage();
        new MappingGrid(columns, model, locale).bind();
        bindCheckPage();
        bindImportPage();
        bindButtons();
        busy.visibleProperty().bind(model.busyProperty());
        busy.managedProperty().bind(model.busyProperty());
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(model.messageProperty().isNotEmpty().or(model.busyProperty()));
        message.visibleProperty().bind(message.managedProperty());
        model.failedProperty().addListener((o, was, now) -> styleIf(message, "error", now));
        model.stepProperty().addListener((o, was, now) -> showStep(now));
        showStep(model.stepProperty().get());
    }

    private void bindFilePage() {
        kind.getItems().setAll(model.kinds());
        kind.setConverter(converter(k -> I18n.tr(locale, k.labelKey())));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.disableProperty().bind(model.busyProperty());
        model.fileProperty().addListener((o, was, now) -> path.setText(now == null ? "" : now.toString()));
        path.setOnAction(e -> typedPath());
        FontIcon icon = new FontIcon("mdal-file_upload");
        icon.getStyleClass().add("drop-icon");
        dropIcon.setGraphic(icon);
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && model.stepProperty().get() == Step.FILE) {
                e.acceptTransferModes(TransferMode.COPY);
                styleIf(dropZone, "dragging", true);
            }
            e.consume();
        });
        root.setOnDragExited(e -> styleIf(dropZone, "dragging", false));
        root.setOnDragDropped(e -> {
            boolean taken = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (taken) {
                model.chooseFile(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(taken);
            e.consume();
        });
        preview.setPlaceholder(new Label(""));
        model.header().addListener((ListChangeListener<String>) c -> previewColumns());
        preview.setItems(model.previewRows());
        dropZone.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.header()));
        dropZone.managedProperty().bind(dropZone.visibleProperty());
        preview.visibleProperty().bind(dropZone.visibleProperty().not());
        preview.managedProperty().bind(preview.visibleProperty());
    }

    private void previewColumns() {
        preview.getColumns().clear();
        List<String> header = model.header();
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>(header.get(i));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                    index < c.getValue().size() ? c.getValue().get(index) : ""));
            column.setSortable(false);
            column.setPrefWidth(Math.max(90, Math.min(220, header.get(i).length() * 9 + 30)));
            preview.getColumns().add(column);
        }
    }

    private void bindCheckPage() {
        problemLine.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().line() == 0 ? "" : Long.toString(c.getValue().line())));
        problemColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().column()));
        problemMessage.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().blocking()
                ? c.getValue().message() : I18n.tr(locale, "client.import.problems.warning", c.getValue().message())));
        problemMessage.setCellFactory(c -> new WrappingCell<>(problemMessage));
        problems.setItems(model.problems());
        problems.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        problems.setPlaceholder(new Label(I18n.tr(locale, "client.import.problems.none")));
        problems.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ProblemRow row, boolean empty) {
                super.updateItem(row, empty);
                styleIf(this, "problem-warning", !empty && row != null && !row.blocking());
            }
        });
        saveProblems.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.problems())
                .or(model.busyProperty()));
        validRowsOnly.selectedProperty().bindBidirectional(model.validRowsOnlyProperty());
        model.checkProperty().addListener((o, was, now) -> {
            boolean offer = now != null && !now.valid() && now.refusal() == ImportReport.Refusal.NONE
                    && now.rowsRead() > now.rejected();
            validRowsOnly.setVisible(offer);
            if (offer) {
                validRowsOnly.setText(I18n.tr(locale, "client.import.valid_rows_only", now.rowsRead() - now.rejected()));
            }
        });
        validRowsOnly.setVisible(false);
    }

    private void bindImportPage() {
        progress.progressProperty().bind(model.progressProperty());
        running.visibleProperty().bind(model.busyProperty());
        running.managedProperty().bind(model.busyProperty());
        cancel.disableProperty().bind(model.cancellableProperty().not());
        model.resultProperty().addListener((o, was, now) -> showResult(now));
        showResult(null);
    }

    private void showResult(ImportReport report) {
        boolean done = report != null && !report.refused();
        summary.setVisible(done);
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        if (done) {
            inserted.setText(numbers.format(report.inserted()));
            updated.setText(numbers.format(report.updated()));
            unchanged.setText(numbers.format(report.unchanged()));
            rejected.setText(numbers.format(report.rejected()));
        }
        show(back, model.stepProperty().get() != Step.FILE && !done);
        if (done) {
            startOver.requestFocus();
        }
        Path file = done ? report.rejectedFile().orElse(null) : null;
        rejectedBox.setVisible(file != null);
        rejectedFile.setText(file == null ? "" : I18n.tr(locale, "client.import.done.rejected_file", file));
    }

    private void bindButtons() {
        Step current = model.stepProperty().get();
        next.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.header()).or(model.busyProperty()));
        check.disableProperty().bind(model.mapping().problemProperty().isNotEmpty().or(model.busyProperty()));
        columnsProblem.textProperty().bind(model.mapping().problemProperty());
        importButton.disableProperty().bind(model.canImport().not());
        startOver.disableProperty().bind(model.busyProperty());
        back.disableProperty().bind(model.busyProperty().and(model.stepProperty().isEqualTo(Step.IMPORT)));
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                if (model.stepProperty().get() == Step.IMPORT && model.cancellableProperty().get()) {
                    model.cancel();
                } else {
                    model.back();
                }
                e.consume();
            }
        });
        showStep(current);
    }

    private void showStep(Step step) {
        filePage.setVisible(step == Step.FILE);
        columnsPage.setVisible(step == Step.COLUMNS);
        checkPage.setVisible(step == Step.CHECK);
        importPage.setVisible(step == Step.IMPORT);
        show(next, step == Step.FILE);
        show(check, step == Step.COLUMNS);
        show(importButton, step == Step.CHECK);
        show(startOver, step == Step.IMPORT);
        ImportReport result = model.resultProperty().get();
        show(back, step != Step.FILE && (step != Step.IMPORT || result == null || result.refused()));
        next.setDefaultButton(step == Step.FILE);
        check.setDefaultButton(step == Step.COLUMNS);
        Label[] trail = {stepFile, stepColumns, stepCheck, stepImport};
        for (int i = 0; i < trail.length; i++) {
            styleIf(trail[i], "current", i == step.ordinal());
            styleIf(trail[i], "done", i < step.ordinal());
        }
        if (step == Step.CHECK) {
            problems.requestFocus();
        }
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private static void styleIf(javafx.scene.Node node, String styleClass, boolean on) {
        node.getStyleClass().remove(styleClass);
        if (on) {
            node.getStyleClass().add(styleClass);
        }
    }

    private void typedPath() {
        model.chooseTypedFile(path.getText());
    }

    @FXML
    private void choose() {
        FileChooser chooser = csvChooser("client.import.file.choose_title");
        File chosen = chooser.showOpenDialog(root.getScene().getWindow());
        if (chosen != null) {
            model.chooseFile(chosen.toPath());
        }
    }

    @FXML
    private void next() {
        model.goToColumns();
    }

    @FXML
    private void check() {
        model.checkFile();
    }

    @FXML
    private void importFile() {
        model.importFile();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void back() {
        model.back();
    }

    @FXML
    private void startOver() {
        model.startOver();
    }

    @FXML
    private void saveProblems() {
        FileChooser chooser = csvChooser("client.import.problems.save_title");
        chooser.setInitialFileName(I18n.tr(locale, "client.import.problems.file_name"));
        File target = chooser.showSaveDialog(root.getScene().getWindow());
        if (target != null) {
            model.saveProblems(target.toPath());
        }
    }

    @FXML
    private void saveRejected() {
        FileChooser chooser = csvChooser("client.import.done.save_rejected_title");
        model.resultProperty().get().rejectedFile().ifPresent(f -> chooser.setInitialFileName(f.getFileName().toString()));
        File target = chooser.showSaveDialog(root.getScene().getWindow());
        if (target != null) {
            model.saveRejectedRows(target.toPath());
        }
    }

    private FileChooser csvChooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.tr(locale, titleKey));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(I18n.tr(locale, "client.import.file.csv_filter"), "*.csv"),
                new FileChooser.ExtensionFilter(I18n.tr(locale, "client.import.file.all_filter"), "*.*"));
        Path current = model.fileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null
                && current.toAbsolutePath().getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        return chooser;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
