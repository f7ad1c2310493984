package org.studenthub.core.student;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.studenthub.core.audit.Audit;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.Validation;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.StudentScope;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Documents filed for students (PDF, PNG, JPEG up to 50 MB, type detected from the content).
 * Lists return metadata only; the bytes are read one document at a time. Only for students in the
 * caller's scope.
 */
public final class StudentDocumentService {
    /** Largest accepted document in bytes (50 MB). */
    public static final int MAX_BYTES = 50 * 1024 * 1024;
    static final String KIND = "document";
    private static final String COLUMNS = "id, student_id, document_type, title, file_name, media_type,"
            + " size_bytes, sha256, status, created_at, version";

    private final Transactions transactions;

    public StudentDocumentService(Transactions transactions) {
        this.transactions = transactions;
    }

    public StudentDocumentView add(CollegeContext context, long studentId, NewStudentDocument command) {
        CollegeContext.require(context, Permission.STUDENT_WRITE);
        Validation.check(command);
        byte[] content = command.content();
        String mediaType = FileContents.detect(content).orElseThrow(() ->
                new FileRejectedException("student.document.type_unsupported", command.fileName()));
        if (content.length > MAX_BYTES) {
            throw new FileRejectedException("student.document.too_large", command.fileName(),
                    (content.length + (1024 * 1024) - 1) / (1024 * 1024), MAX_BYTES / (1024 * 1024));
        }
        String sha256 = FileContents.sha256(content);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_WRITE);
        return transactions.jdbcInCollege(context, connection -> {
            StudentRows.requireStudent(connection, context.collegeId(), studentId);
            scope.check(connection, studentId);
            long id = insert(connection, context.collegeId(), studentId, command, mediaType, sha256);
            Audit.insertedRows(connection, context, "student_document", new long[] {id});
            return find(connection, context.collegeId(), id);
        });
    }

    /** The student's documents (metadata only), newest first. */
    public List<StudentDocumentView> listForStudent(CollegeContext context, long studentId) {
        CollegeContext.require(context, Permission.STUDENT_READ);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_READ);
        return transactions.jdbcInCollege(context, connection -> {
            scope.check(connection, studentId);
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM student_document WHERE college_id = ? AND student_id = ? ORDER BY created_at DESC, id DESC")) {
                select.setLong(1, context.collegeId());
                select.setLong(2, studentId);
                List<StudentDocumentView> result = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        result.add(view(rs));
                    }
                }
                return result;
            }
        });
    }

    public DocumentContent content(CollegeContext context, long documentId) {
        CollegeContext.require(context, Permission.STUDENT_READ);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_READ);
        return transactions.jdbcInCollege(context, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT file_name, media_type, content,"
                    + " student_id FROM student_document WHERE college_id = ? AND id = ?")) {
                select.setLong(1, context.collegeId());
                select.setLong(2, documentId);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        throw new NotFoundException(KIND, documentId);
                    }
                    scope.check(connection, rs.getLong(4));
                    return new DocumentContent(documentId, rs.getString(1), rs.getString(2), rs.getBytes(3));
                }
            }
        });
    }

    public StudentDocumentView changeStatus(CollegeContext context, long documentId, long expectedVersion,
                                            DocumentStatus status) {
        CollegeContext.require(context, Permission.STUDENT_WRITE);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_WRITE);
        return transactions.jdbcInCollege(context, connection -> {
            StudentDocumentView current = find(connection, context.collegeId(), documentId);
            scope.check(connection, current.studentId());
            Audit.RowChange audit = Audit.row(connection, context, "student_document", documentId);
            try (PreparedStatement update = connection.prepareStatement("UPDATE student_document SET status = ?,"
                    + " updated_at = CURRENT_TIMESTAMP, version = version + 1"
                    + " WHERE college_id = ? AND id = ? AND version = ?")) {
                update.setString(1, status.name());
                update.setLong(2, context.collegeId());
                update.setLong(3, documentId);
                update.setLong(4, expectedVersion);
                if (update.executeUpdate() == 0) {
                    throw ConflictException.staleRecord(KIND, current.title(), null);
                }
            }
            audit.record();
            return find(connection, context.collegeId(), documentId);
        });
    }

    private static long insert(Connection connection, long collegeId, long studentId, NewStudentDocument command,
                               String mediaType, String sha256) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO student_document (college_id,"
                + " student_id, document_type, title, file_name, media_type, size_bytes, sha256, content)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            insert.setLong(1, collegeId);
            insert.setLong(2, studentId);
            insert.setString(3, command.type().name());
            insert.setString(4, command.title().strip());
            insert.setString(5, command.fileName().strip());
            insert.setString(6, mediaType);
            insert.setLong(7, command.content().length);
            insert.setString(8, sha256);
            insert.setBytes(9, command.content());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static StudentDocumentView find(Connection connection, long collegeId, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM student_document WHERE college_id = ? AND id = ?")) {
            select.setLong(1, collegeId);
            select.setLong(2, id);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException(KIND, id);
                }
                return view(rs);
            }
        }
    }

    private static StudentDocumentView view(ResultSet rs) throws SQLException {
        Timestamp created = rs.getTimestamp(10);
        return new StudentDocumentView(rs.getLong(1), rs.getLong(2), DocumentType.valueOf(rs.getString(3)),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7), rs.getString(8).strip(),
                DocumentStatus.valueOf(rs.getString(9)), created == null ? null : created.toInstant(), rs.getLong(11));
    }
}
