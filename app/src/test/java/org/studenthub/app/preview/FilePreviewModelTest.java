package org.studenthub.app.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.preview.FilePreviewModel.Kind;

/**
 * The file preview without a window: PDF pages rendered one at a time, images decoded, prefetching and zoom. (The
 * Documents tab's test shows it on a document read from the database.)
 */
class FilePreviewModelTest {
    @TempDir
    Path folder;

    private final FilePreviewModel model = new FilePreviewModel(BackgroundTasks.direct(), Locale.ENGLISH);

    private static PreviewFile file(Path path, String type) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        return new PreviewFile("file:" + path, "Preview test", path.getFileName().toString(), type, bytes.length,
                () -> bytes);
    }

    private static PreviewFile pdf(Path path) throws IOException {
        return file(TestDocuments.pdf(path), "application/pdf");
    }

    private static PreviewFile png(Path path, int width, int height) throws IOException {
        return file(TestDocuments.png(path, width, height), "image/png");
    }

    /** Width in pixels of a page {@code points} wide rendered at 96 dpi. */
    private static int pixels(float points) {
        return (int) Math.floor(points * 96 / 72);
    }

    @Test
    void aPdfIsShownAPageAtATimeAndPagesTurnWithinTheDocument() throws Exception {
        PreviewFile pdf = pdf(folder.resolve("records.pdf"));

        model.show(pdf);

        assertThat(model.kindProperty().get()).isEqualTo(Kind.PDF);
        assertThat(model.pagesProperty().get()).isEqualTo(3);
        assertThat(model.pageProperty().get()).isZero();
        assertThat(model.detailsProperty().get()).isEqualTo("records.pdf · "
                + Math.max(1, pdf.sizeBytes() / 1024) + " KB · type application/pdf");
        assertThat(model.pictureProperty().get().getWidth()).isEqualTo(pixels(TestDocuments.PAGE_SIZES[0].getWidth()));

        model.nextPage();
        assertThat(model.pageProperty().get()).isEqualTo(1);
        assertThat(model.pictureProperty().get().getWidth()).isEqualTo(pixels(TestDocuments.PAGE_SIZES[1].getWidth()));

        model.nextPage();
        model.nextPage();
        assertThat(model.pageProperty().get()).isEqualTo(2);
        assertThat(model.pictureProperty().get().getHeight()).isEqualTo(pixels(TestDocuments.PAGE_SIZES[2].getHeight()));

        model.previousPage();
        assertThat(model.pageProperty().get()).isEqualTo(1);
        assertThat(model.pictureProperty().get().getWidth()).isEqualTo(pixels(TestDocuments.PAGE_SIZES[1].getWidth()));
    }

    @Test
    void pagesAreRenderedSharpOnAHighResolutionScreen() throws Exception {
        PreviewFile pdf = pdf(folder.resolve("records.pdf"));
        model.setOutputScale(2);

        model.show(pdf);

        assertThat(model.pictureProperty().get().getWidth())
                .isEqualTo((int) Math.floor(TestDocuments.PAGE_SIZES[0].getWidth() * 192 / 72));
    }

    @Test
    void anImageIsDecodedWholeAndHasNoPages() throws Exception {
        PreviewFile png = png(folder.resolve("card.png"), 300, 200);

        model.show(png);
        model.nextPage();

        assertThat(model.kindProperty().get()).isEqualTo(Kind.IMAGE);
        assertThat(model.pageProperty().get()).isZero();
        BufferedImage picture = model.pictureProperty().get();
        assertThat(picture.getWidth()).isEqualTo(300);
        assertThat(picture.getHeight()).isEqualTo(200);
    }

    @Test
    void aLargeImageIsReadSubsampledNotAtFullSize() throws Exception {
        Path big = TestDocuments.png(folder.resolve("scan.png"), 1000, 500);

        BufferedImage read;
        try (var in = Files.newInputStream(big)) {
            read = Images.read(in, 400);
        }

        assertThat(read.getWidth()).isLessThanOrEqualTo(400).isGreaterThan(300);
        assertThat(read.getHeight()).isLessThanOrEqualTo(200);
    }

    @Test
    void choosingNoDocumentEmptiesThePreview() throws Exception {
        model.setEmptyMessage("Select a document to see it here.");
        model.show(png(folder.resolve("card.png"), 30, 20));

        model.show(null);

        assertThat(model.kindProperty().get()).isEqualTo(Kind.EMPTY);
        assertThat(model.pictureProperty().get()).isNull();
        assertThat(model.messageProperty().get()).isEqualTo("Select a document to see it here.");
    }

    @Test
    void aPrefetchedFileIsShownWithoutReadingItAgain() throws Exception {
        byte[] bytes = Files.readAllBytes(TestDocuments.png(folder.resolve("next.png"), 120, 80));
        AtomicInteger reads = new AtomicInteger();
        PreviewFile next = new PreviewFile("evidence:7", "Next", "next.png", "image/png", bytes.length, () -> {
            reads.incrementAndGet();
            return bytes;
        });
        model.show(pdf(folder.resolve("shown.pdf")));

        model.prefetch(next);
        model.prefetch(next);

        assertThat(reads).hasValue(1);
        assertThat(model.isPrefetched("evidence:7")).isTrue();
        assertThat(model.kindProperty().get()).as("prefetching leaves the shown file alone").isEqualTo(Kind.PDF);

        model.show(next);

        assertThat(reads).hasValue(1);
        assertThat(model.kindProperty().get()).isEqualTo(Kind.IMAGE);
        assertThat(model.pictureProperty().get().getWidth()).isEqualTo(120);
    }

    @Test
    void aFileThatFailedToPrefetchIsReadAgainAndItsErrorShown() {
        AtomicInteger reads = new AtomicInteger();
        PreviewFile broken = new PreviewFile("evidence:9", "Gone", "gone.pdf", "application/pdf", 10, () -> {
            reads.incrementAndGet();
            throw new IOException("the file is gone");
        });

        model.prefetch(broken);
        assertThat(model.isPrefetched("evidence:9")).isFalse();
        model.show(broken);

        assertThat(reads).hasValue(2);
        assertThat(model.kindProperty().get()).isEqualTo(Kind.FAILED);
        assertThat(model.messageProperty().get()).isNotBlank();
    }

    @Test
    void onlyTheLastFewPrefetchedFilesAreKept() throws Exception {
        Path png = TestDocuments.png(folder.resolve("p.png"), 20, 20);
        for (int i = 0; i <= FilePreviewModel.PREFETCHED; i++) {
            byte[] bytes = Files.readAllBytes(png);
            model.prefetch(new PreviewFile("evidence:" + i, "P", "p.png", "image/png", bytes.length, () -> bytes));
        }

        assertThat(model.isPrefetched("evidence:0")).isFalse();
        assertThat(model.isPrefetched("evidence:" + FilePreviewModel.PREFETCHED)).isTrue();
    }

    @Test
    void zoomStaysBetweenFitAndItsLimitAndANewFileStartsFitted() throws Exception {
        model.show(png(folder.resolve("card.png"), 300, 200));

        model.zoomOut();
        assertThat(model.zoomProperty().get()).isEqualTo(FilePreviewModel.MIN_ZOOM);
        for (int i = 0; i < 20; i++) {
            model.zoomIn();
        }
        assertThat(model.zoomProperty().get()).isEqualTo(FilePreviewModel.MAX_ZOOM);
        model.zoomOut();
        assertThat(model.zoomProperty().get()).isBetween(FilePreviewModel.MIN_ZOOM, FilePreviewModel.MAX_ZOOM - 0.01);

        model.show(png(folder.resolve("other.png"), 30, 20));
        assertThat(model.zoomProperty().get()).isEqualTo(FilePreviewModel.MIN_ZOOM);
    }
}
