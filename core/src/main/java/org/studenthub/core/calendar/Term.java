package org.studenthub.core.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.studenthub.core.common.BaseEntity;

/** A term (semester, trimester...) of an academic year; its dates lie inside the year's. */
@Entity
@Table(name = "term")
public class Term extends BaseEntity {
    @Column(name = "academic_year_id", nullable = false, updatable = false)
    private long academicYearId;

    @Column(nullable = false, length = 16, updatable = false)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "sequence_no", nullable = false)
    private int sequenceNo;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    protected Term() {}

    Term(long academicYearId, String code, String name, int sequenceNo, LocalDate startsOn, LocalDate endsOn) {
        this.academicYearId = academicYearId;
        this.code = code;
        update(name, sequenceNo, startsOn, endsOn);
    }

    void update(String newName, int newSequenceNo, LocalDate newStartsOn, LocalDate newEndsOn) {
        this.name = newName;
        this.sequenceNo = newSequenceNo;
        this.startsOn = newStartsOn;
        this.endsOn = newEndsOn;
    }

    /** The term's code, unique in its year. */
    public String getCode() {
        return code;
    }

    /** The academic year the term belongs to. */
    public long getAcademicYearId() {
        return academicYearId;
    }

    TermView toView() {
        return new TermView(getId(), academicYearId, code, name, sequenceNo, startsOn, endsOn, getVersion());
    }
}
