package org.studenthub.app.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.importer.ImportWizardViewModel.Step;
import org.studenthub.app.session.Session;
import org.studenthub.app.session.SessionOpener;

/** The import wizard without a window, on a real demo college: matching columns, checking, importing. */
class ImportWizardViewModelTest {
    private static SessionOpener opener;
    private static Session session;
    private static String programme;

    @TempDir
    Path folder;

    private final ImportWizardViewModel model =
            new ImportWizardViewModel(session, BackgroundTasks.direct(), Locale.ENGLISH);
    private final String prefix = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);

    @BeforeAll
    static void signIn() {
        opener = new SessionOpener();
        session = ImportDemo.signIn(opener);
        programme = ImportDemo.programmeCode(session);
    }

    @AfterAll
    static void close() {
        opener.close();
    }

    @Test
    void renamedAndReorderedHeadersAreMatchedByNameIgnoringCaseAccentsAndSpaces() throws Exception {
        model.chooseFile(write("renamed.csv", "Cognome,NOME,Città,Matricola,Data di ammissione,Course,Notes\n"
                + "Rossi,Anna,Bologna," + prefix + "1,2024-09-15," + programme + ",\n"));

        assertThat(model.header()).hasSize(7);
        assertThat(model.previewRows()).hasSize(1);
        assertThat(model.mapping().choices()).filteredOn(c -> c.headerProperty().get() != null)
                .extracting(ColumnChoice::column, c -> c.headerProperty().get())
                .containsExactlyInAnyOrder(tuple("student_number", "Matricola"), tuple("given_name", "NOME"),
                        tuple("family_name", "Cognome"), tuple("city", "Città"),
                        tuple("admission_date", "Data di ammissione"));
        assertThat(model.mapping().problemProperty().get()).contains("Programme");

        model.goToColumns();
        model.checkFile();
        assertThat(model.stepProperty().get()).as("a required column without a header blocks the check")
                .isEqualTo(Step.COLUMNS);

        choose("programme", "Course");
        assertThat(model.mapping().problemProperty().get()).isEmpty();
        model.checkFile();
        assertThat(model.stepProperty().get()).isEqualTo(Step.CHECK);
        assertThat(model.problems()).isEmpty();
        assertThat(model.canImport().get()).isTrue();
    }

    @Test
    void oneHeaderChosenForTwoColumnsIsRefusedBeforeTheCheck() throws Exception {
        model.chooseFile(write("students.csv", "student_number,given_name,family_name,admission_date,programme\n"
                + prefix + "1,Anna,Rossi,2024-09-15," + programme + "\n"));

        choose("preferred_name", "given_name");

        assertThat(model.mapping().problemProperty().get()).contains("\u201cgiven_name\u201d")
                .contains("Given name").contains("Preferred name");
    }

    @Test
    void aBadFileListsEveryProblemWithLineAndColumnAndWritesNothing() throws Exception {
        long before = ImportDemo.studentCount(session);
        model.chooseFile(write("bad.csv", "Student code,First name,Surname,Admitted,Course\n"
                + prefix + "1,Anna,Rossi,2024-09-15," + programme + "\n"
                + prefix + "2,,Bianchi,15/09/2024," + programme + "\n"
                + prefix + "3,Luca,Verdi,2024-09-15,NO-SUCH-PROGRAMME\n"));
        mapRenamedHeader();

        model.checkFile();

        assertThat(model.problems()).extracting(ProblemRow::line, ProblemRow::column)
                .containsExactly(tuple(3L, "First name"), tuple(3L, "Admitted"), tuple(4L, "Course"));
        assertThat(model.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
        assertThat(model.problems().get(2).message()).contains("NO-SUCH-PROGRAMME");
        assertThat(model.messageProperty().get()).contains("3 problems in 2 rows");
        assertThat(model.canImport().get()).isFalse();

        model.importFile();

        assertThat(model.stepProperty().get()).isEqualTo(Step.CHECK);
        assertThat(ImportDemo.studentCount(session)).isEqualTo(before);
        assertThat(ImportDemo.student(session, prefix + "1")).isEmpty();
    }

    @Test
    void aGoodFileIsImportedOnlyWhenConfirmedAndReadBack() throws Exception {
        long before = ImportDemo.studentCount(session);
        model.chooseFile(write("good.csv", "Student code,First name,Surname,Admitted,Course\n"
                + prefix + "1,Anna,Rossi,2024-09-15," + programme + "\n"
                + prefix + "2,Luca,Bianchi,2024-09-15," + programme + "\n"));
        mapRenamedHeader();

        model.checkFile();
        assertThat(model.messageProperty().get()).contains("valid").contains("2 new");
        assertThat(ImportDemo.studentCount(session)).as("checking writes nothing").isEqualTo(before);

        model.importFile();

        assertThat(model.stepProperty().get()).isEqualTo(Step.IMPORT);
        assertThat(model.resultProperty().get().inserted()).isEqualTo(2);
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(ImportDemo.studentCount(session)).isEqualTo(before + 2);
        assertThat(ImportDemo.student(session, prefix + "2")).hasValueSatisfying(s -> {
            assertThat(s.givenName()).isEqualTo("Luca");
            assertThat(s.familyName()).isEqualTo("Bianchi");
        });
    }

    @Test
    void validRowsOnlyImportsTheGoodRowsAndSavesTheRejectedOnesAndTheProblems() throws Exception {
        model.chooseFile(write("mixed.csv", "Student code,First name,Surname,Admitted,Course\n"
                + prefix + "1,Anna,Rossi,2024-09-15," + programme + "\n"
                + prefix + "2,Luca,Bianchi,someday," + programme + "\n"));
        mapRenamedHeader();
        model.checkFile();
        assertThat(model.canImport().get()).isFalse();
        Path problems = folder.resolve("problems.csv");
        model.saveProblems(problems);
        assertThat(Files.readString(problems, StandardCharsets.UTF_8)).contains("\"Line\",\"Column\",\"Problem\"")
                .contains("\"3\",\"Admitted\",\"\\\"someday\\\"".replace("\\\"", "\"\""));

        model.validRowsOnlyProperty().set(true);
        assertThat(model.canImport().get()).isTrue();
        model.importFile();

        assertThat(model.resultProperty().get().inserted()).isEqualTo(1);
        assertThat(model.resultProperty().get().rejected()).isEqualTo(1);
        assertThat(ImportDemo.student(session, prefix + "1")).isPresent();
        assertThat(ImportDemo.student(session, prefix + "2")).isEmpty();
        Path saved = folder.resolve("saved/rejected.csv");
        Files.createDirectories(saved.getParent());
        model.saveRejectedRows(saved);
        assertThat(Files.readString(saved, StandardCharsets.UTF_8)).contains(prefix + "2,Luca,Bianchi,someday")
                .contains("rejection_reason").doesNotContain(prefix + "1,");
    }

    @Test
    void aFileThatIsNotUtf8IsExplainedOnTheFirstPage() throws Exception {
        model.chooseFile(write("utf16.csv", "student_number,given_name\n", StandardCharsets.UTF_16));

        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).contains("UTF-16").contains("CSV UTF-8");
        assertThat(model.header()).isEmpty();
        model.goToColumns();
        assertThat(model.stepProperty().get()).isEqualTo(Step.FILE);
    }

    private void mapRenamedHeader() {
        choose("student_number", "Student code");
        choose("admission_date", "Admitted");
        choose("programme", "Course");
        choose("family_name", "Surname");
        choose("given_name", "First name");
        model.goToColumns();
    }

    private void choose(String column, String header) {
        model.mapping().choices().stream().filter(c -> c.column().equals(column)).findFirst().orElseThrow()
                .headerProperty().set(header);
    }

    private Path write(String name, String content) throws Exception {
        return write(name, content, StandardCharsets.UTF_8);
    }

    private Path write(String name, String content, java.nio.charset.Charset charset) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, content.getBytes(charset));
        return file;
    }
}
