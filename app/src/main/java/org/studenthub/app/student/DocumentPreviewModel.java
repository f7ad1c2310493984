package org.studenthub.app.student;

import java.awt.Desktop;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.studenthub.app.I18n;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.ErrorText;
import org.studenthub.app.session.Session;
import org.studenthub.core.common.StudentHubException;
import org.studenthub.core.student.DocumentContent;
import org.studenthub.core.student.StudentDocumentView;

/**
 * The preview of one stored document: images decoded, PDFs rendered a page at a time at screen resolution, both in
 * the background; any other type is described and can be opened with the system's own program. Answers for a
 * document or page no longer wanted are dropped.
 */
public final class DocumentPreviewModel {
    /** What the preview shows. */
    public enum Kind { EMPTY, LOADING, IMAGE, PDF, OTHER, FAILED }

    /** Largest side, in pixels, an image is decoded at: bigger photos are read subsampled. */
    static final int MAX_IMAGE_SIDE = 2400;
    private static final double SCREEN_DPI = 96;

    private final Session session;
    private final BackgroundTasks tasks;
    private final Locale locale;
    private final ReadOnlyObjectWrapper<Kind> kind = new ReadOnlyObjectWrapper<>(Kind.EMPTY);
    private final ReadOnlyObjectWrapper<BufferedImage> picture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper pages = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private DocumentContent content;
    private double outputScale = 1;
    private long generation;

    public DocumentPreviewModel(Session session, BackgroundTasks tasks, Locale locale) {
        this.session = session;
        this.tasks = tasks;
        this.locale = locale;
        message.set(I18n.tr(locale, "client.documents.preview.none"));
    }

    /** Device pixels per layout pixel of the screen (2 on a "200 %" display), so pages render sharp. */
    public void setOutputScale(double scale) {
        this.outputScale = scale > 0 ? scale : 1;
    }

    /** Reads and shows {@code document}; null empties the preview. */
    public void show(StudentDocumentView document) {
        long mine = ++generation;
        content = null;
        picture.set(null);
        page.set(0);
        pages.set(0);
        if (document == null) {
            title.set("");
            details.set("");
            message.set(I18n.tr(locale, "client.documents.preview.none"));
            kind.set(Kind.EMPTY);
            return;
        }
        title.set(document.title());
        details.set(I18n.tr(locale, "client.documents.preview.details", document.fileName(),
                size(document.sizeBytes()), document.mediaType()));
        message.set("");
        kind.set(Kind.LOADING);
        double scale = outputScale;
        tasks.wrap(() -> {
            DocumentContent read = session.services().studentDocuments().content(session.college(), document.id());
            return new Shown(read, render(read, 0, scale));
        }).onSuccess(shown -> {
            if (mine == generation) {
                content = shown.content();
                showPicture(shown.picture());
            }
        }).onFailure(error -> failed(mine, error)).start();
    }

    public void nextPage() {
        turnTo(page.get() + 1);
    }

    public void previousPage() {
        turnTo(page.get() - 1);
    }

    private void turnTo(int wanted) {
        if (kind.get() != Kind.PDF || content == null || wanted < 0 || wanted >= pages.get()) {
            return;
        }
        long mine = ++generation;
        DocumentContent shown = content;
        double scale = outputScale;
        page.set(wanted);
        tasks.wrap(() -> render(shown, wanted, scale))
                .onSuccess(rendered -> {
                    if (mine == generation) {
                        showPicture(rendered);
                    }
                })
                .onFailure(error -> failed(mine, error))
                .start();
    }

    private void showPicture(Picture shown) {
        pages.set(shown.pages());
        picture.set(shown.image());
        kind.set(shown.kind());
        message.set(shown.kind() == Kind.OTHER ? I18n.tr(locale, "client.documents.preview.other") : "");
    }

    private void failed(long mine, Throwable error) {
        if (mine == generation) {
            picture.set(null);
            kind.set(Kind.FAILED);
            message.set(ErrorText.of(locale, error));
        }
    }

    /** Writes the document to a temporary file and opens it with the program the system chooses for it. */
    public void openWithSystem() {
        DocumentContent shown = content;
        if (shown == null) {
            return;
        }
        tasks.wrap(() -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                throw new StudentHubException("client.documents.open.unsupported", shown.fileName());
            }
            Path file = Files.createTempFile("studenthub-", "-" + safeName(shown.fileName()));
            file.toFile().deleteOnExit();
            Files.write(file, shown.content());
            Desktop.getDesktop().open(file.toFile());
            return file;
        }).onSuccess(file -> message.set(I18n.tr(locale, "client.documents.opened", shown.fileName())))
                .onFailure(error -> message.set(ErrorText.of(locale, error)))
                .start();
    }

    /** Renders page {@code index} of a PDF, or decodes an image; in the background. */
    static Picture render(DocumentContent content, int index, double outputScale) throws IOException {
        String type = content.mediaType() == null ? "" : content.mediaType();
        if (type.equals("application/pdf")) {
            try (PDDocument pdf = Loader.loadPDF(content.content())) {
                int count = pdf.getNumberOfPages();
                BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(Math.min(index, count - 1),
                        (float) (SCREEN_DPI * outputScale), ImageType.RGB);
                return new Picture(Kind.PDF, image, count);
            }
        }
        if (type.startsWith("image/")) {
            BufferedImage image = Images.read(new ByteArrayInputStream(content.content()), MAX_IMAGE_SIDE);
            return image == null ? new Picture(Kind.OTHER, null, 0) : new Picture(Kind.IMAGE, image, 1);
        }
        return new Picture(Kind.OTHER, null, 0);
    }

    private String size(long bytes) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return bytes < 1024 * 1024 ? format.format(Math.max(1, bytes / 1024)) + " KB"
                : format.format(bytes / (1024.0 * 1024.0)) + " MB";
    }

    private static String safeName(String fileName) {
        String name = fileName == null ? "document" : fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return name.length() > 80 ? name.substring(name.length() - 80) : name;
    }

    /** A decoded image or rendered page, with the page count of its document. */
    record Picture(Kind kind, BufferedImage image, int pages) {}

    private record Shown(DocumentContent content, Picture picture) {}

    public ReadOnlyObjectProperty<Kind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    /** The image, or the PDF page shown; null while loading or for other types. */
    public ReadOnlyObjectProperty<BufferedImage> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** The page shown, counted from 0. */
    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** File name, size and type. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** Why nothing is shown, or what happened (opened, failed). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
