package org.studenthub.core.mentor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.studenthub.core.common.BaseEntity;

/** A teacher mentoring a student from a date, until the assignment ends. Never deleted. */
@Entity
@Table(name = "mentor_assignment")
public class MentorAssignment extends BaseEntity {
    @Column(name = "teacher_id", nullable = false, updatable = false)
    private Long teacherId;

    @Column(name = "student_id", nullable = false, updatable = false)
    private Long studentId;

    @Column(name = "starts_on", nullable = false, updatable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private MentorStatus status = MentorStatus.ACTIVE;

    protected MentorAssignment() {}

    MentorAssignment(long teacherId, long studentId, LocalDate startsOn) {
        this.teacherId = teacherId;
        this.studentId = studentId;
        this.startsOn = startsOn;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    long teacherId() {
        return teacherId;
    }

    long studentId() {
        return studentId;
    }

    MentorStatus status() {
        return status;
    }

    void end(LocalDate on) {
        this.endsOn = on;
        this.status = MentorStatus.ENDED;
    }

    MentorAssignmentView toView() {
        return new MentorAssignmentView(getId(), teacherId, studentId, startsOn, endsOn, status, getVersion());
    }
}
