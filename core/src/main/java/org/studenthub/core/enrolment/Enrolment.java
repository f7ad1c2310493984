package org.studenthub.core.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.studenthub.core.common.BaseEntity;

/** A student's enrolment in one section of a programme for one term. Never deleted: its status changes. */
@Entity
@Table(name = "enrolment")
public class Enrolment extends BaseEntity {
    @Column(name = "student_id", nullable = false, updatable = false)
    private Long studentId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private Long programmeId;

    @Column(name = "section_id", nullable = false, updatable = false)
    private Long sectionId;

    @Column(name = "term_id", nullable = false, updatable = false)
    private Long termId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private EnrolmentStatus status = EnrolmentStatus.ENROLLED;

    @Column(name = "enrolled_on", nullable = false, updatable = false)
    private LocalDate enrolledOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected Enrolment() {}

    Enrolment(NewEnrolment command) {
        this.studentId = command.studentId();
        this.programmeId = command.programmeId();
        this.sectionId = command.sectionId();
        this.termId = command.termId();
        this.enrolledOn = command.enrolledOn();
    }

    LocalDate enrolledOn() {
        return enrolledOn;
    }

    Long studentId() {
        return studentId;
    }

    Long termId() {
        return termId;
    }

    /** Leaving ENROLLED records the day it ended; coming back to ENROLLED reopens it. */
    void changeStatus(EnrolmentStatus newStatus, LocalDate effectiveOn) {
        if (newStatus == EnrolmentStatus.ENROLLED) {
            this.endedOn = null;
        } else if (status == EnrolmentStatus.ENROLLED || endedOn == null) {
            this.endedOn = effectiveOn;
        }
        this.status = newStatus;
    }

    EnrolmentView toView() {
        return new EnrolmentView(getId(), studentId, programmeId, sectionId, termId, status, enrolledOn, endedOn,
                getVersion());
    }
}
