package org.studenthub.core.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.Messages;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.Validation;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.common.ValidationException.FieldProblem;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.Permission;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * The academic calendar of one college: academic years (at most one current) and their terms,
 * whose dates always lie inside their year's.
 */
public final class CalendarService {
    static final String YEAR = "academic year";
    static final String TERM = "term";
    private static final Logger LOG = LoggerFactory.getLogger(CalendarService.class);

    private final Transactions transactions;

    public CalendarService(Transactions transactions) {
        this.transactions = transactions;
    }

    public AcademicYearView createYear(CollegeContext context, NewAcademicYear command) {
        CollegeContext.requireCollegeWide(context, Permission.RECORDS_WRITE);
        Validation.check(command);
        requireOrder(command.startsOn(), command.endsOn());
        return transactions.inCollege(context, session -> {
            if (findYear(session, command.code()).isPresent()) {
                throw new ConflictException("calendar.year.code.taken", command.code().strip());
            }
            AcademicYear year = new AcademicYear(command.code().strip(), command.startsOn(), command.endsOn());
            session.persist(year);
            session.flush();
            return year.toView();
        });
    }

    /** Moves the year's dates; refused when one of its terms would fall outside them. */
    public AcademicYearView updateYear(CollegeContext context, long id, AcademicYearChanges changes) {
        CollegeContext.requireCollegeWide(context, Permission.RECORDS_WRITE);
        Validation.check(changes);
        requireOrder(changes.startsOn(), changes.endsOn());
        return transactions.inCollege(context, session -> {
            AcademicYear year = loadYear(session, id, changes.expectedVersion());
            Object[] span = session.createSelectionQuery(
                            "select min(startsOn), max(endsOn) from Term where academicYearId = :year", Object[].class)
                    .setParameter("year", id).getSingleResult();
            List<FieldProblem> problems = new ArrayList<>();
            if (span[0] != null && ((LocalDate) span[0]).isBefore(changes.startsOn())) {
                problems.add(problem("startsOn", "calendar.year.terms_outside", span[0]));
            }
            if (span[1] != null && ((LocalDate) span[1]).isAfter(changes.endsOn())) {
                problems.add(problem("endsOn", "calendar.year.terms_outside", span[1]));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            year.reschedule(changes.startsOn(), changes.endsOn());
            session.flush();
            return year.toView();
        });
    }

    /** Changes the year's status; making it CURRENT closes the year that was current, in the same transaction. */
    public AcademicYearView changeYearStatus(CollegeContext context, long id, long expectedVersion,
                                             AcademicYearStatus status) {
        CollegeContext.requireCollegeWide(context, Permission.RECORDS_WRITE);
        return transactions.inCollege(context, session -> {
            AcademicYear year = loadYear(session, id, expectedVersion);
            if (status == AcademicYearStatus.CURRENT) {
                session.createSelectionQuery("from AcademicYear where status = :current and id <> :id",
                                AcademicYear.class)
                        .setParameter("current", AcademicYearStatus.CURRENT).setParameter("id", id)
                        .getResultList().forEach(previous -> {
                            LOG.info("Closing academic year {} because {} becomes current",
                                    previous.toView().code(), year.toView().code());
                            previous.changeStatus(AcademicYearStatus.CLOSED);
                        });
            }
            year.changeStatus(status);
            session.flush();
            return year.toView();
        });
    }

    public AcademicYearView getYear(CollegeContext context, long id) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.inCollege(context, session -> getYearOrThrow(session, id).toView());
    }

    public Optional<AcademicYearView> findYear(CollegeContext context, String code) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.inCollege(context, session -> findYear(session, code).map(AcademicYear::toView));
    }

    /** The current academic year, if one is marked current. */
    public Optional<AcademicYearView> currentYear(CollegeContext context) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.inCollege(context, session -> session
                .createSelectionQuery("from AcademicYear where status = :current", AcademicYear.class)
                .setParameter("current", AcademicYearStatus.CURRENT)
                .uniqueResultOptional().map(AcademicYear::toView));
    }

    /** Every academic year of the college (a few tens), newest first. */
    public List<AcademicYearView> listYears(CollegeContext context) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.inCollege(context, session -> session
                .createSelectionQuery("from AcademicYear order by startsOn desc, id desc", AcademicYear.class)
                .getResultList().stream().map(AcademicYear::toView).toList());
    }

    public TermView addTerm(CollegeContext context, NewTerm command) {
        CollegeContext.requireCollegeWide(context, Permission.RECORDS_WRITE);
        Validation.check(command);
        requireOrder(command.startsOn(), command.endsOn());
        return transactions.inCollege(context, session -> {
            AcademicYear year = getYearOrThrow(session, command.academicYearId());
            requireInside(year, command.startsOn(), command.endsOn());
            if (findTerm(session, command.academicYearId(), command.code()).isPresent()) {
                throw new ConflictException("calendar.term.code.taken", command.code().strip(), year.toView().code());
            }
            Term term = new Term(command.academicYearId(), command.code().strip(), command.name().strip(),
                    command.sequenceNo(), command.startsOn(), command.endsOn());
            session.persist(term);
            session.flush();
            return term.toView();
        });
    }

    public TermView updateTerm(CollegeContext context, long id, TermChanges changes) {
        CollegeContext.requireCollegeWide(context, Permission.RECORDS_WRITE);
        Validation.check(changes);
        requireOrder(changes.startsOn(), changes.endsOn());
        return transactions.inCollege(context, session -> {
            Term term = getTermOrThrow(session, id);
            if (term.getVersion() != changes.expectedVersion()) {
                throw ConflictException.staleRecord(TERM, term.toView().code(), null);
            }
            requireInside(getYearOrThrow(session, term.getAcademicYearId()), changes.startsOn(), changes.endsOn());
            term.update(changes.name().strip(), changes.sequenceNo(), changes.startsOn(), changes.endsOn());
            session.flush();
            return term.toView();
        });
    }

    public TermView getTerm(CollegeContext context, long id) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.inCollege(context, session -> getTermOrThrow(session, id).toView());
    }

    /** The terms of one academic year in sequence order. */
    public List<TermView> termsOf(CollegeContext context, long academicYearId) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.inCollege(context, session -> session
                .createSelectionQuery("from Term where academicYearId = :year order by sequenceNo, code", Term.class)
                .setParameter("year", academicYearId)
                .getResultList().stream().map(Term::toView).toList());
    }

    /** The term with {@code termCode} in the year with {@code yearCode}, e.g. ("2025/26", "S1"). */
    public Optional<TermView> findTerm(CollegeContext context, String yearCode, String termCode) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.inCollege(context, session -> findYear(session, yearCode)
                .flatMap(year -> findTerm(session, year.getId(), termCode)).map(Term::toView));
    }

    /** The academic year with this id in the session's college, or a not-found error; for other services. */
    public static AcademicYear getYearOrThrow(Session session, long id) {
        AcademicYear year = session.find(AcademicYear.class, id);
        if (year == null) {
            throw new NotFoundException(YEAR, id);
        }
        return year;
    }

    /** The term with this id in the session's college, or a not-found error; for other services. */
    public static Term getTermOrThrow(Session session, long id) {
        Term term = session.find(Term.class, id);
        if (term == null) {
            throw new NotFoundException(TERM, id);
        }
        return term;
    }

    private static AcademicYear loadYear(Session session, long id, long expectedVersion) {
        AcademicYear year = getYearOrThrow(session, id);
        if (year.getVersion() != expectedVersion) {
            throw ConflictException.staleRecord(YEAR, year.toView().code(), null);
        }
        return year;
    }

    private static void requireOrder(LocalDate startsOn, LocalDate endsOn) {
        if (!endsOn.isAfter(startsOn)) {
            throw new ValidationException(List.of(problem("endsOn", "calendar.dates.order", startsOn)));
        }
    }

    private static void requireInside(AcademicYear year, LocalDate startsOn, LocalDate endsOn) {
        AcademicYearView y = year.toView();
        List<FieldProblem> problems = new ArrayList<>();
        if (startsOn.isBefore(y.startsOn()) || startsOn.isAfter(y.endsOn())) {
            problems.add(problem("startsOn", "calendar.term.outside_year", y.code(), y.startsOn(), y.endsOn()));
        }
        if (endsOn.isAfter(y.endsOn())) {
            problems.add(problem("endsOn", "calendar.term.outside_year", y.code(), y.startsOn(), y.endsOn()));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static FieldProblem problem(String field, String key, Object... args) {
        return new FieldProblem(field, Messages.get(key, args));
    }

    private static Optional<AcademicYear> findYear(Session session, String code) {
        return session.createSelectionQuery("from AcademicYear where code = :code", AcademicYear.class)
                .setParameter("code", code.strip())
                .uniqueResultOptional();
    }

    private static Optional<Term> findTerm(Session session, long yearId, String code) {
        return session.createSelectionQuery("from Term where academicYearId = :year and code = :code", Term.class)
                .setParameter("year", yearId).setParameter("code", code.strip())
                .uniqueResultOptional();
    }
}
