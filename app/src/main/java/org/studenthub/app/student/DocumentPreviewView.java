package org.studenthub.app.student;

import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Screen;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studenthub.app.I18n;
import org.studenthub.app.student.DocumentPreviewModel.Kind;

/** Binds the document preview: the image or PDF page scaled to fit, page turning, and "Open with the system". */
public final class DocumentPreviewView {
    private static final double PADDING = 16;

    private final DocumentPreviewModel model;
    private final Locale locale;

    @FXML
    private VBox preview;
    @FXML
    private Label title;
    @FXML
    private Label details;
    @FXML
    private Button openWithSystem;
    @FXML
    private StackPane viewport;
    @FXML
    private ImageView picture;
    @FXML
    private ProgressIndicator loading;
    @FXML
    private VBox placeholder;
    @FXML
    private FontIcon placeholderIcon;
    @FXML
    private Label placeholderText;
    @FXML
    private HBox pager;
    @FXML
    private Button previousPage;
    @FXML
    private Label pageLabel;
    @FXML
    private Button nextPage;

    public DocumentPreviewView(DocumentPreviewModel model, Locale locale) {
        this.model = model;
        this.locale = locale;
    }

    @FXML
    private void initialize() {
        model.setOutputScale(Screen.getPrimary().getOutputScaleX());
        title.textProperty().bind(model.titleProperty());
        details.textProperty().bind(model.detailsProperty());
        placeholderText.textProperty().bind(model.messageProperty());
        openWithSystem.setGraphic(new FontIcon("mdmz-open_in_new"));
        previousPage.setGraphic(new FontIcon("mdmz-navigate_before"));
        nextPage.setGraphic(new FontIcon("mdmz-navigate_next"));
        previousPage.setTooltip(new Tooltip(previousPage.getText().replace("_", "")));
        nextPage.setTooltip(new Tooltip(nextPage.getText().replace("_", "")));

        viewport.setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        picture.fitWidthProperty().bind(viewport.widthProperty().subtract(PADDING));
        picture.fitHeightProperty().bind(viewport.heightProperty().subtract(PADDING));
        picture.setAccessibleText(I18n.tr(locale, "client.documents.preview"));
        model.pictureProperty().addListener((o, was, now) ->
                picture.setImage(now == null ? null : SwingFXUtils.toFXImage(now, null)));
        model.kindProperty().addListener((o, was, now) -> showKind(now));
        model.pageProperty().addListener((o, was, now) -> showPage());
        model.pagesProperty().addListener((o, was, now) -> showPage());
        showKind(model.kindProperty().get());
    }

    private void showKind(Kind kind) {
        loading.setVisible(kind == Kind.LOADING);
        picture.setVisible(kind == Kind.IMAGE || kind == Kind.PDF);
        placeholder.setVisible(kind == Kind.EMPTY || kind == Kind.OTHER || kind == Kind.FAILED);
        placeholderIcon.setIconLiteral(kind == Kind.FAILED ? "mdal-error_outline"
                : kind == Kind.OTHER ? "mdal-insert_drive_file" : "mdal-description");
        openWithSystem.setDisable(kind == Kind.EMPTY || kind == Kind.LOADING);
        openWithSystem.setVisible(kind != Kind.EMPTY);
        pager.setVisible(kind == Kind.PDF);
        pager.setManaged(kind == Kind.PDF);
        showPage();
    }

    private void showPage() {
        int pages = model.pagesProperty().get();
        int page = model.pageProperty().get();
        pageLabel.setText(pages == 0 ? "" : I18n.tr(locale, "client.documents.page", page + 1, pages));
        previousPage.setDisable(page <= 0);
        nextPage.setDisable(page >= pages - 1);
        picture.setAccessibleText(model.kindProperty().get() == Kind.PDF
                ? I18n.tr(locale, "client.documents.preview.page", model.titleProperty().get(), page + 1, pages)
                : I18n.tr(locale, "client.documents.preview.image", model.titleProperty().get()));
    }

    @FXML
    private void previousPage() {
        model.previousPage();
    }

    @FXML
    private void nextPage() {
        model.nextPage();
    }

    @FXML
    private void openWithSystem() {
        model.openWithSystem();
    }
}
