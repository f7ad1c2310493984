package org.studenthub.app.preview;

import java.awt.Desktop;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
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
import org.studenthub.core.common.StudentHubException;

/**
 * The preview of one file (a student's document, an achievement's evidence, a portfolio): images decoded, PDFs
 * rendered a page at a time at screen resolution, both in the background; any other type is described and can be
 * opened with the system's own program. Answers for a file or page no longer wanted are dropped. Images and pages
 * can be zoomed. {@link #prefetch} reads and renders a file before it is shown, so that moving to the next item
 * of a list shows its file at once.
 */
public final class FilePreviewModel {
    /** What the preview shows. */
    public enum Kind { EMPTY, LOADING, IMAGE, PDF, OTHER, FAILED }

    /** Largest side, in pixels, an image is decoded at: bigger photos are read subsampled. */
    static final int MAX_IMAGE_SIDE = 2400;
    private static final double SCREEN_DPI = 96;
    /** Files kept read and rendered for {@link #show}: the few around the one shown. */
    static final int PREFETCHED = 4;
    public static final double MIN_ZOOM = 1;
    public static final double MAX_ZOOM = 4;
    private static final double ZOOM_STEP = 1.25;

    private final BackgroundTasks tasks;
    private final Locale locale;
    private final ReadOnlyObjectWrapper<Kind> kind = new ReadOnlyObjectWrapper<>(Kind.EMPTY);
    private final ReadOnlyObjectWrapper<BufferedImage> picture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper pages = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(MIN_ZOOM);
    private final Map<String, Shown> prefetched = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Shown> eldest) {
            return size() > PREFETCHED;
        }
    };
    private String emptyMessage;
    private PreviewFile file;
    private byte[] content;
    private double outputScale = 1;
    private long generation;

    public FilePreviewModel(BackgroundTasks tasks, Locale locale) {
        this.tasks = tasks;
        this.locale = locale;
        emptyMessage = I18n.tr(locale, "client.preview.none");
        message.set(emptyMessage);
    }

    /** What the preview says while it shows nothing ("Select a document to see it here."). */
    public void setEmptyMessage(String text) {
        emptyMessage = text;
        if (kind.get() == Kind.EMPTY) {
            message.set(text);
        }
    }

    /** Device pixels per layout pixel of the screen (2 on a "200 %" display), so pages render sharp. */
    public void setOutputScale(double scale) {
        this.outputScale = scale > 0 ? scale : 1;
    }

    /** Reads and shows {@code shown}; null empties the preview. */
    public void show(PreviewFile shown) {
        long mine = ++generation;
        file = shown;
        content = null;
        picture.set(null);
        page.set(0);
        pages.set(0);
        zoom.set(MIN_ZOOM);
        if (shown == null) {
            title.set("");
            details.set("");
            message.set(emptyMessage);
            kind.set(Kind.EMPTY);
            return;
        }
        title.set(shown.title());
        details.set(I18n.tr(locale, "client.preview.details", shown.fileName(),
                size(shown.sizeBytes()), shown.mediaType()));
        message.set("");
        Shown ready = shown.key() == null ? null : prefetched.get(shown.key());
        if (ready != null && ready.scale() == outputScale) {
            content = ready.content();
            showPicture(ready.picture());
            return;
        }
        kind.set(Kind.LOADING);
        double scale = outputScale;
        tasks.wrap(() -> read(shown, scale)).onSuccess(read -> {
            if (mine == generation) {
                content = read.content();
                showPicture(read.picture());
            }
        }).onFailure(error -> failed(mine, error)).start();
    }

    /**
     * Reads and renders {@code coming} in the background and keeps it for {@link #show}; the preview does not
     * change. Does nothing for a file already kept or without a key. A failure is forgotten: {@code show} reads
     * the file again and reports it.
     */
    public void prefetch(PreviewFile coming) {
        if (coming == null || coming.key() == null || prefetched.containsKey(coming.key())) {
            return;
        }
        double scale = outputScale;
        tasks.wrap(() -> read(coming, scale))
                .onSuccess(read -> prefetched.put(coming.key(), read))
                .onFailure(error -> { })
                .start();
    }

    /** Whether {@code key}'s file is read and rendered, ready to show at once. */
    public boolean isPrefetched(String key) {
        return prefetched.containsKey(key);
    }

    private static Shown read(PreviewFile file, double scale) throws Exception {
        byte[] bytes = file.contents().read();
        return new Shown(bytes, render(bytes, file.mediaType(), 0, scale), scale);
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
        byte[] shown = content;
        String type = file.mediaType();
        double scale = outputScale;
        page.set(wanted);
        tasks.wrap(() -> render(shown, type, wanted, scale))
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
        message.set(shown.kind() == Kind.OTHER ? I18n.tr(locale, "client.preview.other") : "");
    }

    private void failed(long mine, Throwable error) {
        if (mine == generation) {
            picture.set(null);
            kind.set(Kind.FAILED);
            message.set(ErrorText.of(locale, error));
        }
    }

    /** Shows the picture larger, up to {@link #MAX_ZOOM} times the size that fits. */
    public void zoomIn() {
        zoom.set(Math.min(MAX_ZOOM, zoom.get() * ZOOM_STEP));
    }

    /** Shows the picture smaller, down to the size that fits. */
    public void zoomOut() {
        zoom.set(Math.max(MIN_ZOOM, zoom.get() / ZOOM_STEP));
    }

    /** Back to the size that fits. */
    public void fit() {
        zoom.set(MIN_ZOOM);
    }

    /** Writes the file to a temporary file and opens it with the program the system chooses for it. */
    public void openWithSystem() {
        byte[] bytes = content;
        PreviewFile shown = file;
        if (bytes == null || shown == null) {
            return;
        }
        tasks.wrap(() -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                throw new StudentHubException("client.preview.open.unsupported", shown.fileName());
            }
            Path file = Files.createTempFile("studenthub-", "-" + safeName(shown.fileName()));
            file.toFile().deleteOnExit();
            Files.write(file, bytes);
            Desktop.getDesktop().open(file.toFile());
            return file;
        }).onSuccess(file -> message.set(I18n.tr(locale, "client.preview.opened", shown.fileName())))
                .onFailure(error -> message.set(ErrorText.of(locale, error)))
                .start();
    }

    /** Renders page {@code index} of a PDF, or decodes an image; in the background. */
    static Picture render(byte[] content, String mediaType, int index, double outputScale) throws IOException {
        String type = mediaType == null ? "" : mediaType;
        if (type.equals("application/pdf")) {
            try (PDDocument pdf = Loader.loadPDF(content)) {
                int count = pdf.getNumberOfPages();
                BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(Math.min(index, count - 1),
                        (float) (SCREEN_DPI * outputScale), ImageType.RGB);
                return new Picture(Kind.PDF, image, count);
            }
        }
        if (type.startsWith("image/")) {
            BufferedImage image = Images.read(new ByteArrayInputStream(content), MAX_IMAGE_SIDE);
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

    private record Shown(byte[] content, Picture picture, double scale) {}

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

    /** 1 shows the picture at the size that fits; more is larger. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
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
