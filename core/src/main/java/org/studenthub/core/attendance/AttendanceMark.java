package org.studenthub.core.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.studenthub.core.common.BaseEntity;

/** One student's mark in one attendance session. */
@Entity
@Table(name = "attendance_mark")
public class AttendanceMark extends BaseEntity {
    @Column(name = "session_id", nullable = false, updatable = false)
    private Long sessionId;

    @Column(name = "student_id", nullable = false, updatable = false)
    private Long studentId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private Mark mark;

    @Column(length = 200)
    private String note;

    protected AttendanceMark() {}

    AttendanceMark(long sessionId, MarkEntry entry) {
        this.sessionId = sessionId;
        this.studentId = entry.studentId();
        this.mark = entry.mark();
        this.note = normalise(entry.note());
    }

    long studentId() {
        return studentId;
    }

    /** Applies the entry; returns whether anything changed (only then is the version bumped). */
    boolean apply(MarkEntry entry) {
        String newNote = normalise(entry.note());
        if (mark == entry.mark() && Objects.equals(note, newNote)) {
            return false;
        }
        this.mark = entry.mark();
        this.note = newNote;
        return true;
    }

    private static String normalise(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }

    AttendanceMarkView toView() {
        return new AttendanceMarkView(getId(), sessionId, studentId, mark, note, getVersion());
    }
}
