package org.studenthub.core.teacher;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.studenthub.core.common.BaseEntity;

/** A teacher teaching one course to one section in one term. */
@Entity
@Table(name = "teaching_assignment")
public class TeachingAssignment extends BaseEntity {
    @Column(name = "teacher_id", nullable = false, updatable = false)
    private long teacherId;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Column(name = "section_id", nullable = false, updatable = false)
    private long sectionId;

    @Column(name = "term_id", nullable = false, updatable = false)
    private long termId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private TeachingRole role;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private TeachingAssignmentStatus status = TeachingAssignmentStatus.ACTIVE;

    protected TeachingAssignment() {}

    TeachingAssignment(long teacherId, long courseId, long sectionId, long termId, TeachingRole role) {
        this.teacherId = teacherId;
        this.courseId = courseId;
        this.sectionId = sectionId;
        this.termId = termId;
        this.role = role;
    }

    /** Starts the assignment again (after it ended) in the given role. */
    void resume(TeachingRole newRole) {
        this.role = newRole;
        this.status = TeachingAssignmentStatus.ACTIVE;
    }

    void end() {
        this.status = TeachingAssignmentStatus.ENDED;
    }

    TeachingAssignmentStatus status() {
        return status;
    }

    TeachingAssignmentView toView() {
        return new TeachingAssignmentView(getId(), teacherId, courseId, sectionId, termId, role, status, getVersion());
    }
}
