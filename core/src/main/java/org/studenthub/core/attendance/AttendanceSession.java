package org.studenthub.core.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.studenthub.core.common.BaseEntity;

/** One class meeting of a section (date and period) whose attendance is recorded. */
@Entity
@Table(name = "attendance_session")
public class AttendanceSession extends BaseEntity {
    @Column(name = "section_id", nullable = false, updatable = false)
    private Long sectionId;

    @Column(name = "term_id", nullable = false, updatable = false)
    private Long termId;

    @Column(name = "course_id")
    private Long courseId;

    @Column(name = "teacher_id")
    private Long teacherId;

    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;

    @Column(name = "period_no", nullable = false, updatable = false)
    private int periodNo;

    @Column(length = 200)
    private String topic;

    protected AttendanceSession() {}

    AttendanceSession(NewAttendanceSession command) {
        this.sectionId = command.sectionId();
        this.termId = command.termId();
        this.courseId = command.courseId();
        this.teacherId = command.teacherId();
        this.heldOn = command.heldOn();
        this.periodNo = command.periodNo();
        this.topic = command.topic() == null || command.topic().isBlank() ? null : command.topic().strip();
    }

    long sectionId() {
        return sectionId;
    }

    long termId() {
        return termId;
    }

    LocalDate heldOn() {
        return heldOn;
    }

    int periodNo() {
        return periodNo;
    }

    AttendanceSessionView toView() {
        return new AttendanceSessionView(getId(), sectionId, termId, courseId, teacherId, heldOn, periodNo, topic,
                getVersion());
    }
}
