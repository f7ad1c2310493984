package org.studenthub.core.section;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.studenthub.core.common.BaseEntity;

/** A class group of one programme in one academic year, at one year of study. */
@Entity
@Table(name = "section")
public class Section extends BaseEntity {
    @Column(name = "programme_id", nullable = false, updatable = false)
    private long programmeId;

    @Column(name = "academic_year_id", nullable = false, updatable = false)
    private long academicYearId;

    @Column(nullable = false, length = 32, updatable = false)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "year_of_study", nullable = false)
    private int yearOfStudy;

    @Column
    private Integer capacity;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private SectionStatus status = SectionStatus.ACTIVE;

    protected Section() {}

    Section(long programmeId, long academicYearId, String code, String name, int yearOfStudy, Integer capacity) {
        this.programmeId = programmeId;
        this.academicYearId = academicYearId;
        this.code = code;
        update(name, yearOfStudy, capacity);
    }

    void update(String newName, int newYearOfStudy, Integer newCapacity) {
        this.name = newName;
        this.yearOfStudy = newYearOfStudy;
        this.capacity = newCapacity;
    }

    void changeStatus(SectionStatus newStatus) {
        this.status = newStatus;
    }

    /** The section's code, unique in its academic year. */
    public String getCode() {
        return code;
    }

    /** The programme whose students the section groups. */
    public long getProgrammeId() {
        return programmeId;
    }

    /** The academic year the section runs in. */
    public long getAcademicYearId() {
        return academicYearId;
    }

    SectionView toView() {
        return new SectionView(getId(), programmeId, academicYearId, code, name, yearOfStudy, capacity, status,
                getVersion());
    }
}
