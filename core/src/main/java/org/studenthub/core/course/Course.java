package org.studenthub.core.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.studenthub.core.common.BaseEntity;

/** A course (a subject taught for credits) owned by a department. */
@Entity
@Table(name = "course")
public class Course extends BaseEntity {
    @Column(name = "department_id", nullable = false)
    private long departmentId;

    @Column(nullable = false, length = 32, updatable = false)
    private String code;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 100)
    private String subject;

    @Column(nullable = false, precision = 5, scale = 1)
    private BigDecimal credits;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private CourseStatus status = CourseStatus.ACTIVE;

    protected Course() {}

    Course(long departmentId, String code, String title, String subject, BigDecimal credits) {
        this.departmentId = departmentId;
        this.code = code;
        update(title, subject, credits);
    }

    void update(String newTitle, String newSubject, BigDecimal newCredits) {
        this.title = newTitle;
        this.subject = newSubject;
        this.credits = newCredits.setScale(1, java.math.RoundingMode.UNNECESSARY);
    }

    void changeStatus(CourseStatus newStatus) {
        this.status = newStatus;
    }

    /** The course's code, unique in its college. */
    public String getCode() {
        return code;
    }

    CourseView toView() {
        return new CourseView(getId(), departmentId, code, title, subject, credits, status, getVersion());
    }
}
