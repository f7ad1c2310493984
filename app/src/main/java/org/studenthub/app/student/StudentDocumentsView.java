package org.studenthub.app.student;

import java.io.File;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studenthub.app.I18n;
import org.studenthub.app.fx.FileDrop;
import org.studenthub.core.student.DocumentType;
import org.studenthub.core.student.StudentDocumentView;

/**
 * Binds the Documents tab: the list beside the preview of the selected document, "Add document..." and files
 * dropped from the desktop anywhere on the tab.
 */
public final class StudentDocumentsView {
    private final StudentDocumentsViewModel model;
    private final Locale locale;

    @FXML
    private VBox documentDrop;
    @FXML
    private Button addDocument;
    @FXML
    private Label typeLabel;
    @FXML
    private ChoiceBox<DocumentType> newType;
    @FXML
    private Label dropHint;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Label documentsMessage;
    @FXML
    private TableView<StudentDocumentView> documents;
    @FXML
    private TableColumn<StudentDocumentView, String> documentTitle;
    @FXML
    private TableColumn<StudentDocumentView, String> documentType;
    @FXML
    private TableColumn<StudentDocumentView, String> documentFile;
    @FXML
    private TableColumn<StudentDocumentView, String> documentSize;

    public StudentDocumentsView(StudentDocumentsViewModel model, Locale locale) {
        this.model = model;
        this.locale = locale;
    }

    @FXML
    private void initialize() {
        addDocument.setGraphic(new FontIcon("mdal-attach_file"));
        for (var node : List.of(addDocument, typeLabel, newType, dropHint)) {
            node.setVisible(model.mayAdd());
            node.setManaged(model.mayAdd());
        }
        newType.getItems().setAll(DocumentType.values());
        newType.setConverter(new StringConverter<>() {
            @Override
            public String toString(DocumentType type) {
                return type == null ? "" : typeName(type);
            }

            @Override
            public DocumentType fromString(String text) {
                return null;
            }
        });
        newType.valueProperty().bindBidirectional(model.newTypeProperty());
        busy.visibleProperty().bind(model.busyProperty());
        documentsMessage.textProperty().bind(model.messageProperty());
        documentsMessage.managedProperty().bind(documentsMessage.textProperty().isNotEmpty());
        model.problemProperty().addListener((o, was, now) -> {
            documentsMessage.getStyleClass().remove("danger");
            if (now) {
                documentsMessage.getStyleClass().add("danger");
            }
        });
        setUpTable();
        FileDrop.install(documentDrop, model::mayAdd, model::add);
        model.load();
    }

    private void setUpTable() {
        documentTitle.setCellValueFactory(c -> text(c.getValue().title()));
        documentType.setCellValueFactory(c -> text(typeName(c.getValue().type())));
        documentFile.setCellValueFactory(c -> text(c.getValue().fileName()));
        documentSize.setCellValueFactory(c -> text(NumberFormat.getIntegerInstance(locale)
                .format(Math.max(1, c.getValue().sizeBytes() / 1024)) + " KB"));
        documents.setItems(model.documents());
        documents.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        documents.setPlaceholder(new Label(I18n.tr(locale,
                model.mayAdd() ? "client.documents.empty.add" : "client.documents.empty")));
        documents.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.select(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != null && documents.getSelectionModel().getSelectedItem() != now) {
                documents.getSelectionModel().select(now);
                documents.scrollTo(now);
            }
        });
    }

    private String typeName(DocumentType type) {
        return I18n.tr(locale, "client.documents.type." + type.name().toLowerCase(Locale.ROOT));
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value == null ? "" : value);
    }

    /** Lets the person choose files to file (PDF, PNG or JPEG; the core checks the content, not the name). */
    @FXML
    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.tr(locale, "client.documents.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(I18n.tr(locale, "client.documents.choose.accepted"),
                        "*.pdf", "*.PDF", "*.png", "*.PNG", "*.jpg", "*.JPG", "*.jpeg", "*.JPEG"),
                new FileChooser.ExtensionFilter(I18n.tr(locale, "client.documents.choose.all"), "*.*"));
        List<File> chosen = chooser.showOpenMultipleDialog(documentDrop.getScene().getWindow());
        if (chosen != null) {
            model.add(chosen);
        }
    }
}
