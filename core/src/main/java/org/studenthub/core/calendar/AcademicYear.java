package org.studenthub.core.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.studenthub.core.common.BaseEntity;

/** An academic year of a college (e.g. 2025/26); at most one is current. */
@Entity
@Table(name = "academic_year")
public class AcademicYear extends BaseEntity {
    @Column(nullable = false, length = 16, updatable = false)
    private String code;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private AcademicYearStatus status = AcademicYearStatus.PLANNED;

    protected AcademicYear() {}

    AcademicYear(String code, LocalDate startsOn, LocalDate endsOn) {
        this.code = code;
        reschedule(startsOn, endsOn);
    }

    void reschedule(LocalDate newStartsOn, LocalDate newEndsOn) {
        this.startsOn = newStartsOn;
        this.endsOn = newEndsOn;
    }

    void changeStatus(AcademicYearStatus newStatus) {
        this.status = newStatus;
    }

    /** The year's code, e.g. 2025/26. */
    public String getCode() {
        return code;
    }

    AcademicYearView toView() {
        return new AcademicYearView(getId(), code, startsOn, endsOn, status, getVersion());
    }
}
