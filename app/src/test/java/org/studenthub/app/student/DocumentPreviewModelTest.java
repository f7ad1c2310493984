package org.studenthub.app.student;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studenthub.app.client.DemoHome;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.session.Session;
import org.studenthub.app.session.SessionOpener;
import org.studenthub.app.student.DocumentPreviewModel.Kind;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.student.DocumentType;
import org.studenthub.core.student.NewStudentDocument;
import org.studenthub.core.student.StudentDocumentView;
import org.studenthub.core.student.search.StudentQuery;

/** The document preview without a window: PDF pages rendered one at a time, images decoded, on a real database. */
class DocumentPreviewModelTest {
    private static SessionOpener opener;
    private static Session session;

    @TempDir
    Path folder;

    @BeforeAll
    static void signIn() {
        opener = new SessionOpener();
        session = DemoHome.signIn(opener, "registrar.demo");
    }

    @AfterAll
    static void close() {
        opener.close();
    }

    private StudentDocumentView file(Path path) throws Exception {
        long id = session.services().studentSearch().search(session.college(), StudentQuery.of(null),
                new PageRequest(50, null)).items().get(22).id();
        return session.services().studentDocuments().add(session.college(), id, new NewStudentDocument(
                DocumentType.CERTIFICATE, "Preview test", path.getFileName().toString(), Files.readAllBytes(path)));
    }

    /** Width in pixels of a page {@code points} wide rendered at 96 dpi. */
    private static int pixels(float points) {
        return (int) Math.floor(points * 96 / 72);
    }

    @Test
    void aPdfIsShownAPageAtATimeAndPagesTurnWithinTheDocument() throws Exception {
        StudentDocumentView pdf = file(TestDocuments.pdf(folder.resolve("records.pdf")));
        DocumentPreviewModel model = new DocumentPreviewModel(session, BackgroundTasks.direct(), Locale.ENGLISH);

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
        StudentDocumentView pdf = file(TestDocuments.pdf(folder.resolve("records.pdf")));
        DocumentPreviewModel model = new DocumentPreviewModel(session, BackgroundTasks.direct(), Locale.ENGLISH);
        model.setOutputScale(2);

        model.show(pdf);

        assertThat(model.pictureProperty().get().getWidth())
                .isEqualTo((int) Math.floor(TestDocuments.PAGE_SIZES[0].getWidth() * 192 / 72));
    }

    @Test
    void anImageIsDecodedWholeAndHasNoPages() throws Exception {
        StudentDocumentView png = file(TestDocuments.png(folder.resolve("card.png"), 300, 200));
        DocumentPreviewModel model = new DocumentPreviewModel(session, BackgroundTasks.direct(), Locale.ENGLISH);

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
        DocumentPreviewModel model = new DocumentPreviewModel(session, BackgroundTasks.direct(), Locale.ENGLISH);
        model.show(file(TestDocuments.png(folder.resolve("card.png"), 30, 20)));

        model.show(null);

        assertThat(model.kindProperty().get()).isEqualTo(Kind.EMPTY);
        assertThat(model.pictureProperty().get()).isNull();
        assertThat(model.messageProperty().get()).isEqualTo("Select a document to see it here.");
    }
}
