package org.studenthub.reporting.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.studenthub.core.achievement.AchievementService;
import org.studenthub.core.achievement.AchievementView;
import org.studenthub.core.achievement.PointsService;
import org.studenthub.core.achievement.StudentPoints;
import org.studenthub.core.attendance.AttendanceService;
import org.studenthub.core.attendance.AttendanceSummary;
import org.studenthub.core.calendar.CalendarService;
import org.studenthub.core.calendar.TermView;
import org.studenthub.core.common.Page;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.enrolment.EnrolmentService;
import org.studenthub.core.enrolment.EnrolmentView;
import org.studenthub.core.programme.ProgrammeService;
import org.studenthub.core.programme.ProgrammeView;
import org.studenthub.core.section.SectionService;
import org.studenthub.core.section.SectionView;
import org.studenthub.core.student.StudentService;
import org.studenthub.core.student.StudentView;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * A student's record sheet: personal data, programme and section, enrolments, attendance per enrolled term,
 * achievements in every state, and activity points. It reads through the core services, so the caller's
 * {@code student.read} scope applies to every part, and reading the student is audited as a view of the record.
 */
final class StudentRecordReport {
    private static final int PAGE = 500;

    private final StudentService students;
    private final ProgrammeService programmes;
    private final SectionService sections;
    private final CalendarService calendar;
    private final EnrolmentService enrolments;
    private final AttendanceService attendance;
    private final AchievementService achievements;
    private final PointsService points;

    StudentRecordReport(StudentService students, ProgrammeService programmes, SectionService sections,
                        CalendarService calendar, EnrolmentService enrolments, AttendanceService attendance,
                        AchievementService achievements, PointsService points) {
        this.students = students;
        this.programmes = programmes;
        this.sections = sections;
        this.calendar = calendar;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.achievements = achievements;
        this.points = points;
    }

    ReportDocument build(CollegeContext context, String studentNumber, ReportTexts t, String college, String made) {
        StudentView student = students.getByNumber(context, studentNumber);
        ProgrammeView programme = programmes.get(context, student.programmeId());
        SectionView section = student.sectionId() == null ? null : sections.get(context, student.sectionId());
        List<EnrolmentView> enrolled = enrolments.listByStudent(context, student.id());
        Terms terms = new Terms(context);
        List<ReportTable> csv = new ArrayList<>();
        List<ReportTable> pdf = new ArrayList<>();
        csv.add(personal(student, programme, section, t));
        ReportTable enrolmentTable = enrolments(enrolled, terms, context, t);
        csv.add(enrolmentTable);
        pdf.add(enrolmentTable);
        List<AttendanceSummary> summaries = enrolled.stream().map(EnrolmentView::termId).distinct()
                .map(term -> attendance.studentSummary(context, student.id(), term)).toList();
        csv.add(attendanceCsv(summaries, terms, t));
        pdf.add(attendancePdf(summaries, terms, t));
        List<AchievementView> list = achievements(context, student.id());
        csv.add(achievementsCsv(list, t));
        pdf.add(achievementsPdf(list, t));
        StudentPoints earned = points.pointsOf(context, student.id());
        csv.add(pointsTable(earned, t, true));
        pdf.add(pointsTable(earned, t, false));
        String name = student.familyName() + ", " + student.givenName()
                + (student.preferredName() == null ? "" : " (" + student.preferredName() + ")");
        List<String> facts = List.of(
                t.tr("report.student.fact.name", name, student.studentNumber()),
                t.tr("report.student.fact.personal", t.date(student.dateOfBirth()), nonNull(student.email()),
                        nonNull(student.phone())),
                t.tr("report.student.fact.address", String.join(", ", present(student.addressLine(),
                        student.postalCode(), student.city(), student.countryCode()))),
                t.tr("report.student.fact.programme", programme.name(), programme.code(),
                        section == null ? "-" : section.code(), status(student, t), t.date(student.admissionDate())),
                made);
        return new ReportDocument(t.tr("report.student.title"), college, facts, csv, pdf, null,
                t.tr("report.student.note"), t.locale());
    }

    private static ReportTable personal(StudentView s, ProgrammeView programme, SectionView section, ReportTexts t) {
        List<List<String>> rows = List.of(
                List.of(t.tr("report.column.number"), s.studentNumber()),
                List.of(t.tr("report.column.family_name"), s.familyName()),
                List.of(t.tr("report.column.given_name"), s.givenName()),
                List.of(t.tr("report.column.preferred_name"), nonNull(s.preferredName())),
                List.of(t.tr("report.column.date_of_birth"), t.date(s.dateOfBirth())),
                List.of(t.tr("report.column.email"), nonNull(s.email())),
                List.of(t.tr("report.column.phone"), nonNull(s.phone())),
                List.of(t.tr("report.column.address"), nonNull(s.addressLine())),
                List.of(t.tr("report.column.postal_code"), nonNull(s.postalCode())),
                List.of(t.tr("report.column.city"), nonNull(s.city())),
                List.of(t.tr("report.column.country"), nonNull(s.countryCode())),
                List.of(t.tr("report.column.programme"), programme.name() + " (" + programme.code() + ")"),
                List.of(t.tr("report.column.section"), section == null ? "" : section.code()),
                List.of(t.tr("report.column.status"), status(s, t)),
                List.of(t.tr("report.column.admitted"), t.date(s.admissionDate())));
        return new ReportTable(t.tr("report.student.personal"), ReportTable.Layout.FIGURES,
                List.of(t.tr("report.column.field"), t.tr("report.column.value")), rows);
    }

    private ReportTable enrolments(List<EnrolmentView> enrolled, Terms terms, CollegeContext context, ReportTexts t) {
        Map<Long, String> sectionCodes = new HashMap<>();
        Map<Long, String> programmeCodes = new HashMap<>();
        List<List<String>> rows = new ArrayList<>();
        for (EnrolmentView e : enrolled) {
            rows.add(List.of(terms.name(e.termId()),
                    sectionCodes.computeIfAbsent(e.sectionId(), id -> sections.get(context, id).code()),
                    programmeCodes.computeIfAbsent(e.programmeId(), id -> programmes.get(context, id).code()),
                    t.tr("report.enrolment_status." + e.status().name().toLowerCase(Locale.ROOT)),
                    t.date(e.enrolledOn())));
        }
        return new ReportTable(t.tr("report.student.enrolments"), ReportTable.Layout.FIGURES,
                List.of(t.tr("report.column.term"), t.tr("report.column.section"), t.tr("report.column.programme"),
                        t.tr("report.column.status"), t.tr("report.column.enrolled_on")), rows);
    }

    private static ReportTable attendanceCsv(List<AttendanceSummary> summaries, Terms terms, ReportTexts t) {
        List<List<String>> rows = new ArrayList<>();
        for (AttendanceSummary s : summaries) {
            rows.add(List.of(terms.name(s.termId()), t.number(s.present()), t.number(s.late()), t.number(s.absent()),
                    t.number(s.excused()), t.number(s.total()), t.rate(s.rate())));
        }
        return new ReportTable(t.tr("report.student.attendance"), ReportTable.Layout.FIGURES,
                List.of(t.tr("report.column.term"), t.tr("report.column.present"), t.tr("report.column.late"),
                        t.tr("report.column.absent"), t.tr("report.column.excused"), t.tr("report.column.marks"),
                        t.tr("report.column.rate")), rows);
    }

    private static ReportTable attendancePdf(List<AttendanceSummary> summaries, Terms terms, ReportTexts t) {
        List<List<String>> rows = new ArrayList<>();
        for (AttendanceSummary s : summaries) {
            rows.add(List.of(terms.name(s.termId()),
                    t.number(s.present()) + " / " + t.number(s.late()),
                    t.number(s.absent()) + " / " + t.number(s.excused()),
                    t.number(s.total()), t.rate(s.rate())));
        }
        return new ReportTable(t.tr("report.student.attendance"), ReportTable.Layout.FIGURES,
                List.of(t.tr("report.column.term"), t.tr("report.column.present_late"),
                        t.tr("report.column.absent_excused"), t.tr("report.column.marks"), t.tr("report.column.rate")),
                rows);
    }

    private List<AchievementView> achievements(CollegeContext context, long studentId) {
        List<AchievementView> all = new ArrayList<>();
        String after = null;
        do {
            Page<AchievementView> page = achievements.listForStudent(context, studentId, new PageRequest(PAGE, after));
            all.addAll(page.items());
            after = page.nextCursor();
        } while (after != null);
        return all;
    }

    private static ReportTable achievementsCsv(List<AchievementView> list, ReportTexts t) {
        List<List<String>> rows = new ArrayList<>();
        for (AchievementView a : list) {
            rows.add(List.of(a.title(), t.category(a.categoryCode(), a.categoryName()), t.level(a.level()),
                    achievementStatus(a, t), t.date(a.startsOn()), t.number(a.points())));
        }
        return new ReportTable(t.tr("report.student.achievements"), ReportTable.Layout.FIGURES,
                List.of(t.tr("report.column.title"), t.tr("report.column.category"), t.tr("report.column.level"),
                        t.tr("report.column.status"), t.tr("report.column.date"), t.tr("report.column.points")), rows);
    }

    private static ReportTable achievementsPdf(List<AchievementView> list, ReportTexts t) {
        List<List<String>> rows = new ArrayList<>();
        for (AchievementView a : list) {
            rows.add(List.of(a.title(), t.category(a.categoryCode(), a.categoryName()),
                    t.level(a.level()) + " · " + achievementStatus(a, t), t.date(a.startsOn()),
                    t.number(a.points())));
        }
        return new ReportTable(t.tr("report.student.achievements"), ReportTable.Layout.FIGURES,
                List.of(t.tr("report.column.title"), t.tr("report.column.category"),
                        t.tr("report.column.level_status"), t.tr("report.column.date"), t.tr("report.column.points")),
                rows);
    }

    private static ReportTable pointsTable(StudentPoints earned, ReportTexts t, boolean withCap) {
        List<List<String>> rows = new ArrayList<>();
        for (StudentPoints.CategoryPoints c : earned.categories()) {
            rows.add(withCap
                    ? List.of(t.category(c.code(), c.name()), t.number(c.earned()), t.number(c.cap()),
                            t.number(c.counted()))
                    : List.of(t.category(c.code(), c.name()), t.number(c.cap()), "",
                            t.number(c.earned()), t.number(c.counted())));
        }
        rows.add(withCap ? List.of(t.tr("report.column.total"), "", "", t.number(earned.total()))
                : List.of(t.tr("report.column.total"), "", "", "", t.number(earned.total())));
        List<String> columns = withCap
                ? List.of(t.tr("report.column.category"), t.tr("report.column.earned"), t.tr("report.column.cap"),
                        t.tr("report.column.counted"))
                : List.of(t.tr("report.column.category"), t.tr("report.column.cap"), "", t.tr("report.column.earned"),
                        t.tr("report.column.counted"));
        return new ReportTable(t.tr("report.student.points"), ReportTable.Layout.FIGURES, columns, rows);
    }

    private static String achievementStatus(AchievementView a, ReportTexts t) {
        return t.tr("report.achievement_status." + a.status().name().toLowerCase(Locale.ROOT));
    }

    private static String status(StudentView s, ReportTexts t) {
        return t.tr("report.student_status." + s.status().name().toLowerCase(Locale.ROOT));
    }

    private static List<String> present(String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part);
            }
        }
        return present;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /** Term names ("2026-27 T1"), read once per term. */
    private final class Terms {
        private final CollegeContext context;
        private final Map<Long, String> names = new HashMap<>();
        private final Map<Long, String> years = new HashMap<>();

        Terms(CollegeContext context) {
            this.context = context;
        }

        String name(long termId) {
            return names.computeIfAbsent(termId, id -> {
                TermView term = calendar.getTerm(context, id);
                String year = years.computeIfAbsent(term.academicYearId(),
                        y -> calendar.getYear(context, y).code());
                return year + " " + term.code();
            });
        }
    }
}
