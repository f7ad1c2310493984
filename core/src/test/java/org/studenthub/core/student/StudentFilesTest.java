package org.studenthub.core.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.tenancy.CollegeContext;

class StudentFilesTest {
    private static final byte[] PNG = bytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 200);
    private static final byte[] JPEG = bytes(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 300);
    private static final byte[] PDF = bytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 400);

    @DatabaseTest
    void photoIsStoredWithItsDetectedTypeAndSha256AndCanBeReplacedAndRemoved(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        long student = GuardianServiceTest.newStudent(db, college, "S1");
        StudentPhotoService photos = new StudentPhotoService(db.transactions());

        photos.setPhoto(college, student, PNG);
        photos.setPhoto(college, student, JPEG);

        StudentPhoto stored = photos.getPhoto(college, student).orElseThrow();
        assertThat(stored.mediaType()).isEqualTo("image/jpeg");
        assertThat(stored.content()).isEqualTo(JPEG);
        assertThat(stored.sha256()).isEqualTo(sha256(JPEG));
        assertThat(photos.removePhoto(college, student)).isTrue();
        assertThat(photos.getPhoto(college, student)).isEmpty();
    }

    @DatabaseTest
    void photoThatIsNotAnImageOrTooLargeIsRejected(TestDatabase db) {
        CollegeContext college = db.newCollege();
        long student = GuardianServiceTest.newStudent(db, college, "S1");
        StudentPhotoService photos = new StudentPhotoService(db.transactions());

        assertThatThrownBy(() -> photos.setPhoto(college, student, PDF))
                .isInstanceOf(FileRejectedException.class).hasMessageContaining("not a JPEG or PNG");
        assertThatThrownBy(() -> photos.setPhoto(college, student, bytes(PNG, StudentPhotoService.MAX_BYTES + 1)))
                .isInstanceOf(FileRejectedException.class).hasMessageContaining("The photo is 5,121 KB; photos may be at most 5,120 KB");
        assertThat(photos.getPhoto(college, student)).isEmpty();
    }

    @DatabaseTest
    void documentIsListedWithoutContentAndItsBytesAndSha256AreKept(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        long student = GuardianServiceTest.newStudent(db, college, "S1");
        StudentDocumentService documents = new StudentDocumentService(db.transactions());

        StudentDocumentView added = documents.add(college, student,
                new NewStudentDocument(DocumentType.TRANSCRIPT, "Transcript 2024", "transcript.bin", PDF));

        assertThat(added.mediaType()).isEqualTo("application/pdf");
        assertThat(added.sizeBytes()).isEqualTo(PDF.length);
        assertThat(added.sha256()).isEqualTo(sha256(PDF));
        assertThat(documents.listForStudent(college, student)).containsExactly(added);
        DocumentContent content = documents.content(college, added.id());
        assertThat(content.content()).isEqualTo(PDF);
        assertThat(content.fileName()).isEqualTo("transcript.bin");
    }

    @DatabaseTest
    void mislabelledOrOversizedDocumentIsRejectedListingAcceptedTypes(TestDatabase db) {
        CollegeContext college = db.newCollege();
        long student = GuardianServiceTest.newStudent(db, college, "S1");
        StudentDocumentService documents = new StudentDocumentService(db.transactions());
        byte[] text = "just text, named like a PDF".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> documents.add(college, student,
                new NewStudentDocument(DocumentType.OTHER, "Fake", "fake.pdf", text)))
                .isInstanceOf(FileRejectedException.class)
                .hasMessageContaining("\"fake.pdf\"").hasMessageContaining("PDF (application/pdf), PNG (image/png),"
                        + " JPEG (image/jpeg)");
        assertThatThrownBy(() -> documents.add(college, student, new NewStudentDocument(DocumentType.OTHER, "Big",
                "big.pdf", bytes(PDF, StudentDocumentService.MAX_BYTES + 1))))
                .isInstanceOf(FileRejectedException.class).hasMessageContaining("at most 50 MB");
        assertThat(documents.listForStudent(college, student)).isEmpty();
    }

    @DatabaseTest
    void documentStatusChangesWithOptimisticLocking(TestDatabase db) {
        CollegeContext college = db.newCollege();
        long student = GuardianServiceTest.newStudent(db, college, "S1");
        StudentDocumentService documents = new StudentDocumentService(db.transactions());
        StudentDocumentView doc = documents.add(college, student,
                new NewStudentDocument(DocumentType.ID_CARD, "Identity card", "id.png", PNG));

        StudentDocumentView superseded = documents.changeStatus(college, doc.id(), doc.version(),
                DocumentStatus.SUPERSEDED);

        assertThat(superseded.status()).isEqualTo(DocumentStatus.SUPERSEDED);
        assertThatThrownBy(() -> documents.changeStatus(college, doc.id(), doc.version(), DocumentStatus.ARCHIVED))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Identity card");
    }

    private static byte[] bytes(byte[] head, int size) {
        byte[] result = new byte[size];
        System.arraycopy(head, 0, result, 0, Math.min(head.length, size));
        for (int i = head.length; i < size; i++) {
            result[i] = (byte) (i * 31);
        }
        return result;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
