package org.studenthub.core.student;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.studenthub.core.audit.Audit;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.StudentScope;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Students' photos: JPEG or PNG (recognised by content), at most 5 MB, with a SHA-256 fingerprint.
 * Only for students in the caller's scope.
 */
public final class StudentPhotoService {
    /** Largest accepted photo in bytes (5 MB). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final Transactions transactions;

    public StudentPhotoService(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Sets or replaces the photo; returns it without re-reading. */
    public StudentPhoto setPhoto(CollegeContext context, long studentId, byte[] content) {
        CollegeContext.require(context, Permission.STUDENT_WRITE);
        String mediaType = FileContents.detect(content)
                .filter(type -> !type.equals(FileContents.PDF))
                .orElseThrow(() -> new FileRejectedException("student.photo.type_unsupported"));
        if (content.length > MAX_BYTES) {
            throw new FileRejectedException("student.photo.too_large", (content.length + 1023) / 1024, MAX_BYTES / 1024);
        }
        StudentPhoto photo = new StudentPhoto(studentId, mediaType, content.length, FileContents.sha256(content),
                content.clone());
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_WRITE);
        return transactions.jdbcInCollege(context, connection -> {
            StudentRows.requireStudent(connection, context.collegeId(), studentId);
            scope.check(connection, studentId);
            Audit.RowChange audit = Audit.row(connection, context, "student_photo", studentId);
            if (update(connection, context.collegeId(), photo) == 0) {
                insert(connection, context.collegeId(), photo);
            }
            audit.record();
            return photo;
        });
    }

    public Optional<StudentPhoto> getPhoto(CollegeContext context, long studentId) {
        CollegeContext.require(context, Permission.STUDENT_READ);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_READ);
        return transactions.jdbcInCollege(context, connection -> {
            scope.check(connection, studentId);
            try (PreparedStatement select = connection.prepareStatement("SELECT media_type, size_bytes, sha256, content"
                    + " FROM student_photo WHERE college_id = ? AND student_id = ?")) {
                select.setLong(1, context.collegeId());
                select.setLong(2, studentId);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<StudentPhoto>empty();
                    }
                    return Optional.of(new StudentPhoto(studentId, rs.getString(1), rs.getLong(2),
                            rs.getString(3).strip(), rs.getBytes(4)));
                }
            }
        });
    }

    /** Removes the photo (a photo is not academic history); false when there was none. */
    public boolean removePhoto(CollegeContext context, long studentId) {
        CollegeContext.require(context, Permission.STUDENT_WRITE);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_WRITE);
        return transactions.jdbcInCollege(context, connection -> {
            StudentRows.requireStudent(connection, context.collegeId(), studentId);
            scope.check(connection, studentId);
            Audit.RowChange audit = Audit.row(connection, context, "student_photo", studentId);
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM student_photo WHERE college_id = ? AND student_id = ?")) {
                delete.setLong(1, context.collegeId());
                delete.setLong(2, studentId);
                boolean removed = delete.executeUpdate() > 0;
                audit.record();
                return removed;
            }
        });
    }

    private static int update(Connection connection, long collegeId, StudentPhoto photo) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE student_photo SET media_type = ?,"
                + " size_bytes = ?, sha256 = ?, content = ?, updated_at = CURRENT_TIMESTAMP, version = version + 1"
                + " WHERE college_id = ? AND student_id = ?")) {
            update.setString(1, photo.mediaType());
            update.setLong(2, photo.sizeBytes());
            update.setString(3, photo.sha256());
            update.setBytes(4, photo.content());
            update.setLong(5, collegeId);
            update.setLong(6, photo.studentId());
            return update.executeUpdate();
        }
    }

    private static void insert(Connection connection, long collegeId, StudentPhoto photo) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO student_photo"
                + " (student_id, college_id, media_type, size_bytes, sha256, content) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, photo.studentId());
            insert.setLong(2, collegeId);
            insert.setString(3, photo.mediaType());
            insert.setLong(4, photo.sizeBytes());
            insert.setString(5, photo.sha256());
            insert.setBytes(6, photo.content());
            insert.executeUpdate();
        }
    }
}
