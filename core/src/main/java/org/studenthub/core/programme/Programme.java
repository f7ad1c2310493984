package org.studenthub.core.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.studenthub.core.common.BaseEntity;

/** A programme of study (a degree course of several years) offered by a department. */
@Entity
@Table(name = "programme")
public class Programme extends BaseEntity {
    @Column(name = "department_id", nullable = false)
    private long departmentId;

    @Column(nullable = false, length = 32, updatable = false)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 100)
    private String degree;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private ProgrammeLevel level;

    @Column(name = "duration_years", nullable = false)
    private int durationYears;

    @Column(nullable = false)
    private int credits;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private ProgrammeStatus status = ProgrammeStatus.ACTIVE;

    protected Programme() {}

    Programme(long departmentId, String code, String name, String degree, ProgrammeLevel level,
              int durationYears, int credits) {
        this.departmentId = departmentId;
        this.code = code;
        update(name, degree, level, durationYears, credits);
    }

    void update(String newName, String newDegree, ProgrammeLevel newLevel, int newDurationYears, int newCredits) {
        this.name = newName;
        this.degree = newDegree;
        this.level = newLevel;
        this.durationYears = newDurationYears;
        this.credits = newCredits;
    }

    void changeStatus(ProgrammeStatus newStatus) {
        this.status = newStatus;
    }

    /** The programme's code, unique in its college. */
    public String getCode() {
        return code;
    }

    /** Years of study the programme lasts; sections cannot be in a later year. */
    public int getDurationYears() {
        return durationYears;
    }

    ProgrammeView toView() {
        return new ProgrammeView(getId(), departmentId, code, name, degree, level, durationYears, credits, status,
                getVersion());
    }
}
