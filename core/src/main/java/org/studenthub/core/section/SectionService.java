package org.studenthub.core.section;

import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.studenthub.core.calendar.AcademicYear;
import org.studenthub.core.calendar.CalendarService;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.Messages;
import org.studenthub.core.common.Records;
import org.studenthub.core.common.Validation;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.programme.Programme;
import org.studenthub.core.programme.ProgrammeService;
import org.studenthub.core.security.Permission;
import org.studenthub.core.tenancy.CollegeContext;

/** Sections of one college: create, edit, close and reopen, find and list by year or programme. */
public final class SectionService {
    static final String KIND = "section";

    private final Transactions transactions;

    public SectionService(Transactions transactions) {
        this.transactions = transactions;
    }

    public SectionView create(CollegeContext context, NewSection command) {
        CollegeContext.requireCollegeWide(context, Permission.RECORDS_WRITE);
        Validation.check(command);
        return transactions.inCollege(context, session -> {
            Programme programme = ProgrammeService.getOrThrow(session, command.programmeId());
            AcademicYear year = CalendarService.getYearOrThrow(session, command.academicYearId());
            requireWithinDuration(programme, command.yearOfStudy());
            if (findByCode(session, command.academicYearId(), command.code()).isPresent()) {
                throw new ConflictException("section.code.taken", command.code().strip(), year.getCode());
            }
            Section section = new Section(command.programmeId(), command.academicYearId(), command.code().strip(),
                    command.name().strip(), command.yearOfStudy(), command.capacity());
            session.persist(section);
            session.flush();
            return section.toView();
        });
    }

    public SectionView update(CollegeContext context, long id, SectionChanges changes) {
        CollegeContext.requireCollegeWide(context, Permission.RECORDS_WRITE);
        Validation.check(changes);
        return transactions.inCollege(context, session -> {
            Section section = load(session, id, changes.expectedVersion());
            requireWithinDuration(ProgrammeService.getOrThrow(session, section.getProgrammeId()),
                    changes.yearOfStudy());
            section.update(changes.name().strip(), changes.yearOfStudy(), changes.capacity());
            session.flush();
            return section.toView();
        });
    }

    public SectionView changeStatus(CollegeContext context, long id, long expectedVersion, SectionStatus status) {
        CollegeContext.requireCollegeWide(context, Permission.RECORDS_WRITE);
        return transactions.inCollege(context, session -> {
            Section section = load(session, id, expectedVersion);
            section.changeStatus(status);
            session.flush();
            return section.toView();
        });
    }

    public SectionView get(CollegeContext context, long id) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.inCollege(context, session -> getOrThrow(session, id).toView());
    }

    /** The section with {@code code} in one academic year (codes repeat from year to year). */
    public Optional<SectionView> findByCode(CollegeContext context, long academicYearId, String code) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.inCollege(context, session ->
                findByCode(session, academicYearId, code).map(Section::toView));
    }

    /** The sections of one academic year, by code. */
    public List<SectionView> listByYear(CollegeContext context, long academicYearId) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.inCollege(context, session -> session
                .createSelectionQuery("from Section where academicYearId = :year order by code", Section.class)
                .setParameter("year", academicYearId)
                .getResultList().stream().map(Section::toView).toList());
    }

    /** The sections of one programme over all years, by year then code. */
    public List<SectionView> listByProgramme(CollegeContext context, long programmeId) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.inCollege(context, session -> session
                .createSelectionQuery("from Section where programmeId = :programme order by academicYearId, code",
                        Section.class)
                .setParameter("programme", programmeId)
                .getResultList().stream().map(Section::toView).toList());
    }

    /** The section with this id in the session's college, or a not-found error; for other features' services. */
    public static Section getOrThrow(Session session, long id) {
        return Records.getOrThrow(session, Section.class, id, KIND);
    }

    private static void requireWithinDuration(Programme programme, int yearOfStudy) {
        if (yearOfStudy > programme.getDurationYears()) {
            throw new ValidationException(List.of(new ValidationException.FieldProblem("yearOfStudy",
                    Messages.get("section.year_of_study.beyond_duration", yearOfStudy, programme.getCode(),
                            programme.getDurationYears()))));
        }
    }

    private static Section load(Session session, long id, long expectedVersion) {
        return Records.atVersion(getOrThrow(session, id), expectedVersion, KIND, r -> r.toView().code());
    }

    private static Optional<Section> findByCode(Session session, long academicYearId, String code) {
        return session.createSelectionQuery("from Section where academicYearId = :year and code = :code",
                        Section.class)
                .setParameter("year", academicYearId).setParameter("code", code.strip())
                .uniqueResultOptional();
    }
}
