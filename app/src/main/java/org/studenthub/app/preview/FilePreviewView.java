package org.studenthub.app.preview;

import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Screen;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studenthub.app.I18n;
import org.studenthub.app.preview.FilePreviewModel.Kind;

/**
 * Binds the file preview: the image or PDF page scaled to fit, zoom (buttons with mnemonics, Ctrl+wheel) with
 * scrolling and panning when zoomed in, page turning, and "Open with the system". Include {@code FilePreview.fxml}
 * with {@code fx:include} and register this view with the owner's {@link FilePreviewModel}.
 */
public final class FilePreviewView {
    private static final double PADDING = 16;

    private final FilePreviewModel model;
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
    private ScrollPane scroller;
    @FXML
    private StackPane canvas;
    @FXML
    private ImageView picture;
    @FXML
    private HBox zoomBar;
    @FXML
    private Button zoomOut;
    @FXML
    private Button zoomFit;
    @FXML
    private Button zoomIn;
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

    public FilePreviewView(FilePreviewModel model, Locale locale) {
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
        zoomOut.setGraphic(new FontIcon("mdmz-zoom_out"));
        zoomFit.setGraphic(new FontIcon("mdmz-zoom_out_map"));
        zoomIn.setGraphic(new FontIcon("mdmz-zoom_in"));
        for (Button button : new Button[] {previousPage, nextPage, zoomOut, zoomFit, zoomIn}) {
            button.setTooltip(new Tooltip(button.getText().replace("_", "")));
        }

        viewport.setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        scroller.viewportBoundsProperty().addListener((o, was, now) -> fitPicture());
        model.zoomProperty().addListener((o, was, now) -> fitPicture());
        scroller.addEventFilter(ScrollEvent.SCROLL, this::wheel);
        model.zoomProperty().addListener((o, was, now) -> showZoom());
        picture.setAccessibleText(I18n.tr(locale, "client.preview"));
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
        zoomBar.setVisible(kind == Kind.IMAGE || kind == Kind.PDF);
        zoomBar.setManaged(zoomBar.isVisible());
        showPage();
        showZoom();
    }

    /** At zoom 1 the picture fits the visible area exactly (no scroll bars); zoomed in, it scrolls and pans. */
    private void fitPicture() {
        Bounds visible = scroller.getViewportBounds();
        double zoom = model.zoomProperty().get();
        picture.setFitWidth(Math.max(1, (visible.getWidth() - PADDING) * zoom));
        picture.setFitHeight(Math.max(1, (visible.getHeight() - PADDING) * zoom));
        canvas.setMinSize(visible.getWidth(), visible.getHeight());
    }

    private void showZoom() {
        double zoom = model.zoomProperty().get();
        zoomOut.setDisable(zoom <= FilePreviewModel.MIN_ZOOM);
        zoomFit.setDisable(zoom <= FilePreviewModel.MIN_ZOOM);
        zoomIn.setDisable(zoom >= FilePreviewModel.MAX_ZOOM);
    }

    private void wheel(ScrollEvent event) {
        if (!event.isShortcutDown() || event.getDeltaY() == 0) {
            return;
        }
        if (event.getDeltaY() > 0) {
            model.zoomIn();
        } else {
            model.zoomOut();
        }
        event.consume();
    }

    private void showPage() {
        int pages = model.pagesProperty().get();
        int page = model.pageProperty().get();
        pageLabel.setText(pages == 0 ? "" : I18n.tr(locale, "client.preview.page", page + 1, pages));
        previousPage.setDisable(page <= 0);
        nextPage.setDisable(page >= pages - 1);
        picture.setAccessibleText(model.kindProperty().get() == Kind.PDF
                ? I18n.tr(locale, "client.preview.page.described", model.titleProperty().get(), page + 1, pages)
                : I18n.tr(locale, "client.preview.image", model.titleProperty().get()));
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
    private void zoomIn() {
        model.zoomIn();
    }

    @FXML
    private void zoomOut() {
        model.zoomOut();
    }

    @FXML
    private void fit() {
        model.fit();
    }

    @FXML
    private void openWithSystem() {
        model.openWithSystem();
    }
}
