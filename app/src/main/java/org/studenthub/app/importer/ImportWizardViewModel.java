package org.studenthub.app.importer;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studenthub.app.I18n;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.ErrorText;
import org.studenthub.app.session.Session;
import org.studenthub.core.transfer.ImportCancelledException;
import org.studenthub.core.transfer.ImportOptions;
import org.studenthub.core.transfer.ImportProblem;
import org.studenthub.core.transfer.ImportReport;
import org.studenthub.core.transfer.csv.CsvTable;

/**
 * The import wizard: choose what to import and a file (its first rows shown), match the file's columns to the
 * expected ones, check the whole file without writing (every problem listed by line and column), then import
 * on confirmation in one transaction, with progress and Cancel, and a summary. Nothing is written before
 * {@link #importFile()}, and then only a file whose check allows it.
 */
public final class ImportWizardViewModel {
    /** The wizard's pages, in order. */
    public enum Step { FILE, COLUMNS, CHECK, IMPORT }

    static final int PREVIEW_ROWS = 20;

    private final Session session;
    private final BackgroundTasks tasks;
    private final Locale locale;
    private final List<ImportKind> kinds;
    private final ObjectProperty<ImportKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.FILE);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ObservableList<String> header = FXCollections.observableArrayList();
    private final ObservableList<String> headerView = FXCollections.unmodifiableObservableList(header);
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewView = FXCollections.unmodifiableObservableList(previewRows);
    private final ColumnMapping mapping;
    private final ObservableList<ProblemRow> problems = FXCollections.observableArrayList();
    private final ObservableList<ProblemRow> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyObjectWrapper<ImportReport> check = new ReadOnlyObjectWrapper<>(this, "check");
    private final BooleanProperty validRowsOnly = new SimpleBooleanProperty(this, "validRowsOnly");
    private final ReadOnlyObjectWrapper<ImportReport> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(this, "cancellable");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final BooleanBinding canImport;
    private AtomicBoolean cancelRequested = new AtomicBoolean();

    public ImportWizardViewModel(Session session, BackgroundTasks tasks, Locale locale) {
        this.session = session;
        this.tasks = tasks;
        this.locale = locale;
        this.mapping = new ColumnMapping(locale);
        this.kinds = Arrays.stream(ImportKind.values()).filter(k -> session.may(k.needs())).toList();
        this.kind.set(kinds.isEmpty() ? null : kinds.get(0));
        this.kind.addListener((o, was, now) -> {
            if (now != null && !header.isEmpty()) {
                mapping.reset(now.columns(), header);
            }
        });
        this.canImport = Bindings.createBooleanBinding(this::importAllowed, check, validRowsOnly, busy);
    }

    /** Reads the head of {@code chosen}: its header (matched to the expected columns by name) and first rows. */
    public void chooseFile(Path chosen) {
        file.set(chosen);
        header.clear();
        previewRows.clear();
        start(I18n.tr(locale, "client.import.file.reading"));
        tasks.wrap(() -> CsvTable.head(chosen, ImportOptions.defaults(), PREVIEW_ROWS))
                .onSuccess(head -> {
                    if (!chosen.equals(file.get())) {
                        return;
                    }
                    header.setAll(head.header());
                    previewRows.setAll(head.rows());
                    mapping.reset(kind.get().columns(), head.header());
                    done(I18n.tr(locale, "client.import.file.read", head.header().size(), head.rows().size()));
                })
                .onFailure(this::fail)
                .start();
    }

    /** Reads the file whose path was typed or pasted. */
    public void chooseTypedFile(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return;
        }
        try {
            chooseFile(Path.of(text));
        } catch (InvalidPathException e) {
            failed.set(true);
            message.set(I18n.tr(locale, "client.import.file.bad_path", text));
        }
    }

    /** To the column page, once a file has been read. */
    public void goToColumns() {
        if (!header.isEmpty() && !busy.get()) {
            step.set(Step.COLUMNS);
            message.set("");
        }
    }

    /** Checks the whole file through the chosen columns, without writing anything, and lists every problem. */
    public void checkFile() {
        if (header.isEmpty() || !mapping.problemProperty().get().isEmpty() || busy.get()) {
            return;
        }
        step.set(Step.CHECK);
        check.set(null);
        problems.clear();
        validRowsOnly.set(false);
        Path path = file.get();
        ImportOptions options = options(true);
        start(I18n.tr(locale, "client.import.check.running"));
        tasks.wrap(() -> kind.get().importer(session.services()).validateFile(session.college(), path, options))
                .onSuccess(report -> {
                    check.set(report);
                    problems.setAll(rows(report.problems()));
                    done(checkSummary(report));
                })
                .onFailure(this::fail)
                .start();
    }

    /**
     * Imports the checked file in one transaction: all of it, or, when {@link #validRowsOnlyProperty()} is set,
     * its valid rows (the rejected ones go to a file). Does nothing unless the check allows it.
     */
    public void importFile() {
        if (!canImport.get()) {
            return;
        }
        step.set(Step.IMPORT);
        result.set(null);
        AtomicBoolean cancel = new AtomicBoolean();
        cancelRequested = cancel;
        long total = check.get().rowsRead();
        Path path = file.get();
        ImportOptions options = options(validRowsOnly.get());
        start(I18n.tr(locale, "client.import.run.reading", 0, total));
        cancellable.set(true);
        progress.set(0);
        tasks.wrap(() -> kind.get().importer(session.services()).importFile(session.college(), path, options,
                        rows -> reportProgress(cancel, rows, total)))
                .onSuccess(this::imported)
                .onFailure(error -> {
                    cancellable.set(false);
                    progress.set(0);
                    if (error instanceof ImportCancelledException) {
                        done(I18n.tr(locale, "client.import.run.cancelled"));
                    } else {
                        fail(error);
                    }
                })
                .start();
    }

    /** Asks the running import to stop; it does while it reads, before anything is written. */
    public void cancel() {
        if (cancellable.get()) {
            cancelRequested.set(true);
            message.set(I18n.tr(locale, "client.import.run.cancelling"));
        }
    }

    /** One page back (not while an import runs). */
    public void back() {
        if (busy.get() && step.get() == Step.IMPORT) {
            return;
        }
        switch (step.get()) {
            case COLUMNS -> step.set(Step.FILE);
            case CHECK -> step.set(Step.COLUMNS);
            case IMPORT -> {
                if (result.get() == null || result.get().refused()) {
                    step.set(Step.CHECK);
                }
            }
            default -> { }
        }
        message.set("");
    }

    /** Back to the first page for another file. */
    public void startOver() {
        if (busy.get()) {
            return;
        }
        step.set(Step.FILE);
        file.set(null);
        header.clear();
        previewRows.clear();
        mapping.choices().clear();
        problems.clear();
        check.set(null);
        result.set(null);
        message.set("");
    }

    /** Writes the listed problems to {@code target} as CSV. */
    public void saveProblems(Path target) {
        List<ProblemRow> listed = List.copyOf(problems);
        start(I18n.tr(locale, "client.import.saving"));
        tasks.wrap(() -> {
            ProblemsFile.write(target, listed, locale);
            return target;
        }).onSuccess(saved -> done(I18n.tr(locale, "client.import.saved", saved))).onFailure(this::fail).start();
    }

    /** Copies the file of rejected rows the import wrote beside the input to {@code target}. */
    public void saveRejectedRows(Path target) {
        Path rejected = result.get() == null ? null : result.get().rejectedFile().orElse(null);
        if (rejected == null) {
            return;
        }
        start(I18n.tr(locale, "client.import.saving"));
        tasks.wrap(() -> Files.copy(rejected, target, StandardCopyOption.REPLACE_EXISTING))
                .onSuccess(saved -> done(I18n.tr(locale, "client.import.saved", saved))).onFailure(this::fail).start();
    }

    private void reportProgress(AtomicBoolean cancel, long rows, long total) {
        if (cancel.get()) {
            throw new ImportCancelledException();
        }
        boolean writing = rows >= total;
        tasks.onUi(() -> {
            if (writing) {
                cancellable.set(false);
                progress.set(-1);
                message.set(I18n.tr(locale, "client.import.run.writing", rows));
            } else {
                progress.set(total == 0 ? 0 : (double) rows / total);
                message.set(I18n.tr(locale, "client.import.run.reading", rows, total));
            }
        });
    }

    private void imported(ImportReport report) {
        cancellable.set(false);
        progress.set(1);
        result.set(report);
        if (report.refused()) {
            problems.setAll(rows(report.problems()));
            done(I18n.tr(locale, "client.import.run.refused"));
        } else {
            done(I18n.tr(locale, "client.import.run.done"));
        }
    }

    private boolean importAllowed() {
        ImportReport report = check.get();
        if (report == null || busy.get() || report.refusal() != ImportReport.Refusal.NONE) {
            return false;
        }
        boolean somethingToWrite = report.inserted() + report.updated() + report.unchanged() > 0;
        return somethingToWrite && (report.valid() || validRowsOnly.get());
    }

    private String checkSummary(ImportReport report) {
        if (report.refusal() != ImportReport.Refusal.NONE) {
            return I18n.tr(locale, "client.import.check.refused", report.problems().size());
        }
        if (report.valid()) {
            return I18n.tr(locale, "client.import.check.valid", report.rowsRead(), report.inserted(), report.updated(),
                    report.unchanged());
        }
        return I18n.tr(locale, "client.import.check.problems", report.problems().size(), report.rejected(),
                report.rowsRead() - report.rejected());
    }

    private List<ProblemRow> rows(List<ImportProblem> found) {
        return found.stream().map(p -> new ProblemRow(p.line(), p.column().isEmpty() ? "" : mapping.headerOf(p.column()),
                p.reason(locale), p.blocking())).toList();
    }

    private ImportOptions options(boolean importValidRows) {
        ImportOptions base = importValidRows ? ImportOptions.validRowsOnly() : ImportOptions.defaults();
        return base.withLocale(locale).withColumnMapping(mapping.byHeader());
    }

    private void start(String text) {
        busy.set(true);
        failed.set(false);
        message.set(text);
    }

    private void done(String text) {
        busy.set(false);
        message.set(text);
    }

    private void fail(Throwable error) {
        busy.set(false);
        failed.set(true);
        message.set(ErrorText.of(locale, error));
    }

    public List<ImportKind> kinds() {
        return kinds;
    }

    public ObjectProperty<ImportKind> kindProperty() {
        return kind;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ObservableList<String> header() {
        return headerView;
    }

    public ObservableList<List<String>> previewRows() {
        return previewView;
    }

    public ColumnMapping mapping() {
        return mapping;
    }

    public ObservableList<ProblemRow> problems() {
        return problemsView;
    }

    /** What the check found (the counts say what an import would do), or null before it has run. */
    public ReadOnlyObjectProperty<ImportReport> checkProperty() {
        return check.getReadOnlyProperty();
    }

    public BooleanProperty validRowsOnlyProperty() {
        return validRowsOnly;
    }

    /** True when the checked file may be imported now (and the person has to press Import). */
    public BooleanBinding canImport() {
        return canImport;
    }

    /** What the import did, or null before it has finished. */
    public ReadOnlyObjectProperty<ImportReport> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    /** Share of the rows read, from 0 to 1; -1 while writing (the bar then runs without an end). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when the last message is an error. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
