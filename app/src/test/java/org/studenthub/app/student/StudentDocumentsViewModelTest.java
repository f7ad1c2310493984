package org.studenthub.app.student;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studenthub.app.client.DemoHome;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.preview.FilePreviewModel;
import org.studenthub.app.preview.TestDocuments;
import org.studenthub.app.session.Session;
import org.studenthub.app.session.SessionOpener;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.student.DocumentType;
import org.studenthub.core.student.StudentDocumentView;
import org.studenthub.core.student.search.StudentQuery;

/** Filing documents from files on the Documents tab, without a window, on the real demo database. */
class StudentDocumentsViewModelTest {
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

    private static long someStudent(int index) {
        return session.services().studentSearch().search(session.college(), StudentQuery.of(null),
                new PageRequest(50, null)).items().get(index).id();
    }

    private static List<StudentDocumentView> stored(long studentId) {
        return session.services().studentDocuments().listForStudent(session.college(), studentId);
    }

    @Test
    void aPdfAndAPngAreFiledWithTheChosenTypeAndTheFirstIsPreviewed() throws Exception {
        long id = someStudent(20);
        int before = stored(id).size();
        StudentDocumentsViewModel model = new StudentDocumentsViewModel(session, BackgroundTasks.direct(),
                Locale.ENGLISH, id);
        model.load();
        model.newTypeProperty().set(DocumentType.TRANSCRIPT);

        model.add(List.of(TestDocuments.pdf(folder.resolve("transcript 2025.pdf")).toFile(),
                TestDocuments.png(folder.resolve("id-card.png"), 320, 200).toFile()));

        assertThat(model.messageProperty().get()).isEqualTo("2 documents added.");
        assertThat(model.problemProperty().get()).isFalse();
        assertThat(stored(id)).hasSize(before + 2).filteredOn(d -> d.fileName().equals("transcript 2025.pdf"))
                .singleElement().satisfies(d -> {
                    assertThat(d.title()).isEqualTo("transcript 2025");
                    assertThat(d.type()).isEqualTo(DocumentType.TRANSCRIPT);
                    assertThat(d.mediaType()).isEqualTo("application/pdf");
                });
        assertThat(model.documents()).hasSize(before + 2);
        assertThat(model.selectedProperty().get().fileName()).isEqualTo("transcript 2025.pdf");
        assertThat(model.preview().kindProperty().get()).isEqualTo(FilePreviewModel.Kind.PDF);
        assertThat(model.preview().pagesProperty().get()).isEqualTo(3);
    }

    @Test
    void aFileOfAnotherTypeIsRefusedByNameAndTheOthersAreStillFiled() throws Exception {
        long id = someStudent(21);
        int before = stored(id).size();
        StudentDocumentsViewModel model = new StudentDocumentsViewModel(session, BackgroundTasks.direct(),
                Locale.ENGLISH, id);
        model.load();

        model.add(List.of(TestDocuments.text(folder.resolve("notes.docx")).toFile(),
                TestDocuments.png(folder.resolve("photo.png"), 40, 40).toFile()));

        assertThat(model.problemProperty().get()).isTrue();
        assertThat(model.messageProperty().get())
                .contains("One document added.")
                .contains("The file \"notes.docx\" is not an accepted document type")
                .contains("SH-STUDENT-DOCUMENT-TYPE-UNSUPPORTED");
        assertThat(stored(id)).hasSize(before + 1).noneMatch(d -> d.fileName().equals("notes.docx"));
    }

    @Test
    void aFolderIsNamedAndNothingIsFiledForIt() throws Exception {
        long id = someStudent(21);
        int before = stored(id).size();
        StudentDocumentsViewModel model = new StudentDocumentsViewModel(session, BackgroundTasks.direct(),
                Locale.ITALIAN, id);

        model.add(List.of(Files.createDirectory(folder.resolve("Scansioni")).toFile()));

        assertThat(model.problemProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).isEqualTo("“Scansioni” è una cartella o non esiste più: trascina i file stessi.");
        assertThat(stored(id)).hasSize(before);
    }
}
