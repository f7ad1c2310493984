package org.studenthub.reporting.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.studenthub.core.achievement.AccreditationFigures;
import org.studenthub.core.achievement.AchievementService;
import org.studenthub.core.achievement.PointsRoster;
import org.studenthub.core.achievement.PointsService;
import org.studenthub.core.attendance.AttendanceService;
import org.studenthub.core.calendar.CalendarService;
import org.studenthub.core.college.CollegeService;
import org.studenthub.core.college.CollegeView;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.StudentHubException;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.enrolment.EnrolmentService;
import org.studenthub.core.programme.ProgrammeService;
import org.studenthub.core.section.SectionRoster;
import org.studenthub.core.section.SectionService;
import org.studenthub.core.student.StudentService;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.transfer.csv.AtomicFiles;
import org.studenthub.reporting.template.Templates;

/**
 * The accreditation and office reports, each written to a PDF or CSV file atomically. The core services behind
 * them check the caller's permissions and scopes: {@code report.accreditation} for the accreditation report
 * (restricted to the departments it reaches), {@code student.read} for the others (restricted to the students
 * it reaches). Lists of students are audited as exports naming the file, a record sheet as a view of the
 * student, when the data is read: a file that then fails to be written is still in the audit trail, never the
 * other way round.
 */
public final class Reports {
    private static final Logger LOG = LoggerFactory.getLogger(Reports.class);

    private final Transactions transactions;
    private final Templates templates;
    private final Clock clock;

    public Reports(Transactions transactions, Templates templates, Clock clock) {
        this.transactions = transactions;
        this.templates = templates;
        this.clock = clock;
    }

    /** The accreditation report of {@code period}. */
    public void accreditation(CollegeContext context, Period period, ReportOutput output) {
        Made made = made(context, output);
        ReportDocument document = new AccreditationReport(new AccreditationFigures(transactions))
                .build(context, period, made.texts, made.college.name(), made.line);
        write(document, made, output, "accreditation");
    }

    /**
     * Students' activity points.
     *
     * @param sectionCode   the code of {@code filter}'s section, or null (how the report names the choice)
     * @param programmeCode the code of {@code filter}'s programme, or null
     */
    public void points(CollegeContext context, PointsRoster.Filter filter, String sectionCode, String programmeCode,
                       ReportOutput output) {
        Made made = made(context, output);
        ReportDocument document = new PointsReport(new PointsRoster(transactions))
                .build(context, filter, label(made.texts, sectionCode, programmeCode), made.texts, made.college.name(),
                        made.line, fileName(output));
        write(document, made, output, "points");
    }

    /** The list of the students of one section. */
    public void sectionList(CollegeContext context, long sectionId, ReportOutput output) {
        Made made = made(context, output);
        ReportDocument document = new SectionListReport(new SectionRoster(transactions))
                .build(context, sectionId, made.texts, made.college.name(), made.line, fileName(output));
        write(document, made, output, "section");
    }

    /** The record sheet of the student with {@code studentNumber}. */
    public void studentRecord(CollegeContext context, String studentNumber, ReportOutput output) {
        Made made = made(context, output);
        ReportDocument document = new StudentRecordReport(new StudentService(transactions),
                new ProgrammeService(transactions), new SectionService(transactions), new CalendarService(transactions),
                new EnrolmentService(transactions), new AttendanceService(transactions),
                new AchievementService(transactions), new PointsService(transactions))
                .build(context, studentNumber, made.texts, made.college.name(), made.line);
        write(document, made, output, "student");
    }

    /** The texts of the report's language: the output's, else the college's. */
    public ReportTexts texts(CollegeContext context, ReportOutput output) {
        return made(context, output).texts;
    }

    private Made made(CollegeContext context, ReportOutput output) {
        CollegeView college = new CollegeService(transactions).list().stream()
                .filter(c -> c.id() == context.collegeId()).findFirst()
                .orElseThrow(() -> new NotFoundException("college", context.collegeId()));
        Locale locale = output.locale() != null ? output.locale() : Locale.forLanguageTag(college.defaultLocale());
        ReportTexts texts = ReportTexts.of(locale);
        ZoneId zone = zone(college.timeZone());
        String time = texts.time(clock.instant(), zone);
        String line = texts.tr("report.fact.made", context.actor(), time);
        return new Made(college, texts, line, time);
    }

    private void write(ReportDocument document, Made made, ReportOutput output, String report) {
        Path file = output.file();
        String footer = String.join(" · ", made.college.name(), document.title(), made.time);
        try {
            AtomicFiles.write(file, out -> {
                if (output.format() == ReportFormat.PDF) {
                    new PdfReportWriter(templates).write(document, made.texts, footer, out);
                } else {
                    new CsvReportWriter(output.byteOrderMark()).write(document, out);
                }
            });
        } catch (StudentHubException e) {
            throw e;
        } catch (java.io.IOException e) {
            throw new ReportException("report.unwritable", e, file.toAbsolutePath(), e.getClass().getSimpleName());
        } catch (Exception e) {
            throw new ReportException("report.failed", e, report, file.toAbsolutePath(), e.getClass().getSimpleName());
        }
        LOG.info("Wrote the {} report ({}) of college {} to {}", report, output.format(), made.college.code(),
                file.getFileName());
    }

    private static String label(ReportTexts texts, String sectionCode, String programmeCode) {
        List<String> parts = new ArrayList<>();
        if (sectionCode != null) {
            parts.add(texts.tr("report.points.section", sectionCode));
        }
        if (programmeCode != null) {
            parts.add(texts.tr("report.points.programme", programmeCode));
        }
        return parts.isEmpty() ? texts.tr("report.points.all") : String.join(", ", parts);
    }

    private static String fileName(ReportOutput output) {
        return String.valueOf(output.file().getFileName());
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            return ZoneId.systemDefault();
        }
    }

    private record Made(CollegeView college, ReportTexts texts, String line, String time) {
    }
}
