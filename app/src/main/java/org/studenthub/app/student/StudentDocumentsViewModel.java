package org.studenthub.app.student;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studenthub.app.I18n;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.DroppedFiles;
import org.studenthub.app.fx.ErrorText;
import org.studenthub.app.preview.FilePreviewModel;
import org.studenthub.app.preview.PreviewFile;
import org.studenthub.app.session.Session;
import org.studenthub.core.common.StudentHubException;
import org.studenthub.core.security.Permission;
import org.studenthub.core.student.DocumentType;
import org.studenthub.core.student.FileRejectedException;
import org.studenthub.core.student.NewStudentDocument;
import org.studenthub.core.student.StudentDocumentService;
import org.studenthub.core.student.StudentDocumentView;

/**
 * A student's documents: the list, filing new ones from files (dropped or chosen; the core checks type and size,
 * and a refusal names the file), and the preview of the selected one.
 */
public final class StudentDocumentsViewModel {
    private static final int MEGABYTE = 1024 * 1024;

    private final Session session;
    private final BackgroundTasks tasks;
    private final Locale locale;
    private final long studentId;
    private final ObservableList<StudentDocumentView> documents = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentType> newType = new SimpleObjectProperty<>(DocumentType.OTHER);
    private final ReadOnlyObjectWrapper<StudentDocumentView> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper();
    private final FilePreviewModel preview;

    public StudentDocumentsViewModel(Session session, BackgroundTasks tasks, Locale locale, long studentId) {
        this.session = session;
        this.tasks = tasks;
        this.locale = locale;
        this.studentId = studentId;
        this.preview = new FilePreviewModel(tasks, locale);
        preview.setEmptyMessage(I18n.tr(locale, "client.documents.preview.none"));
    }

    /** Whether the signed-in person may file documents. */
    public boolean mayAdd() {
        return session.may(Permission.STUDENT_WRITE);
    }

    /** Reads the list of documents (names and sizes, not their content). */
    public void load() {
        busy.set(true);
        tasks.wrap(() -> session.services().studentDocuments().listForStudent(session.college(), studentId))
                .onSuccess(read -> {
                    busy.set(false);
                    documents.setAll(read);
                })
                .onFailure(this::failed)
                .start();
    }

    /** Shows {@code document} in the preview. */
    public void select(StudentDocumentView document) {
        if (document != selected.get()) {
            selected.set(document);
            preview.show(document == null ? null : previewOf(document));
        }
    }

    private PreviewFile previewOf(StudentDocumentView document) {
        return new PreviewFile("document:" + document.id(), document.title(), document.fileName(),
                document.mediaType(), document.sizeBytes(),
                () -> session.services().studentDocuments().content(session.college(), document.id()).content());
    }

    /**
     * Files each of {@code dropped} as a document of the chosen type, titled by its name: read and stored in the
     * background, one after the other. Folders and refused files are named in the message; the others are filed.
     */
    public void add(List<File> dropped) {
        if (dropped.isEmpty() || !mayAdd()) {
            return;
        }
        DocumentType type = newType.get() == null ? DocumentType.OTHER : newType.get();
        busy.set(true);
        message.set(I18n.tr(locale, "client.documents.adding", dropped.size()));
        problem.set(false);
        tasks.wrap(() -> file(DroppedFiles.of(dropped), type))
                .onSuccess(this::filed)
                .onFailure(this::failed)
                .start();
    }

    private Filing file(DroppedFiles dropped, DocumentType type) {
        StudentDocumentService service = session.services().studentDocuments();
        List<StudentDocumentView> added = new ArrayList<>();
        List<Throwable> refused = new ArrayList<>();
        List<String> folders = dropped.notFiles().stream().map(p -> String.valueOf(p.getFileName())).toList();
        for (Path path : dropped.files()) {
            try {
                added.add(service.add(session.college(), studentId, new NewStudentDocument(type, title(path),
                        cut(path.getFileName().toString(), 255), read(path))));
            } catch (StudentHubException e) {
                refused.add(e);
            } catch (IOException e) {
                refused.add(new StudentHubException("client.documents.unreadable", e, path.getFileName().toString()));
            }
        }
        return new Filing(added, refused, folders, service.listForStudent(session.college(), studentId));
    }

    /** The file's bytes, refusing a file over the core's limit before reading it all into memory. */
    private static byte[] read(Path path) throws IOException {
        long size = Files.size(path);
        if (size > StudentDocumentService.MAX_BYTES) {
            throw new FileRejectedException("student.document.too_large", path.getFileName().toString(),
                    (size + MEGABYTE - 1) / MEGABYTE, StudentDocumentService.MAX_BYTES / MEGABYTE);
        }
        return Files.readAllBytes(path);
    }

    private static String title(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return cut(dot > 0 ? name.substring(0, dot) : name, 200);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private void filed(Filing filing) {
        busy.set(false);
        documents.setAll(filing.all());
        List<String> lines = new ArrayList<>();
        if (!filing.added().isEmpty()) {
            lines.add(I18n.tr(locale, "client.documents.added", filing.added().size()));
        }
        filing.folders().forEach(name -> lines.add(I18n.tr(locale, "client.documents.not_a_file", name)));
        filing.refused().forEach(error -> lines.add(ErrorText.of(locale, error)));
        problem.set(!filing.folders().isEmpty() || !filing.refused().isEmpty());
        message.set(String.join("\n", lines));
        if (!filing.added().isEmpty()) {
            long first = filing.added().get(0).id();
            documents.stream().filter(d -> d.id() == first).findFirst().ifPresent(this::select);
        }
    }

    private void failed(Throwable error) {
        busy.set(false);
        problem.set(true);
        message.set(ErrorText.of(locale, error));
    }

    /** What one filing did: documents added, files refused (with why), folders skipped, and the new list. */
    private record Filing(List<StudentDocumentView> added, List<Throwable> refused, List<String> folders,
                          List<StudentDocumentView> all) {}

    public ObservableList<StudentDocumentView> documents() {
        return documents;
    }

    /** The type new documents are filed as. */
    public ObjectProperty<DocumentType> newTypeProperty() {
        return newType;
    }

    public ReadOnlyObjectProperty<StudentDocumentView> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last filing did, one line per file that was not filed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the message reports a problem. */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public FilePreviewModel preview() {
        return preview;
    }
}
