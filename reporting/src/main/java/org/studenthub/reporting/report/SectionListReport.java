package org.studenthub.reporting.report;

import java.util.ArrayList;
import java.util.List;
import org.studenthub.core.section.SectionRoster;
import org.studenthub.core.tenancy.CollegeContext;

/** The students of one section: number, name, date of birth, e-mail, phone and status. */
final class SectionListReport {
    private final SectionRoster roster;

    SectionListReport(SectionRoster roster) {
        this.roster = roster;
    }

    ReportDocument build(CollegeContext context, long sectionId, ReportTexts t, String college, String made,
                         String destination) {
        SectionRoster.Roster list = roster.list(context, sectionId, destination);
        SectionRoster.Header section = list.header();
        List<List<String>> csvRows = new ArrayList<>();
        List<List<String>> pdfRows = new ArrayList<>();
        for (SectionRoster.Member member : list.members()) {
            String status = t.tr("report.student_status." + member.status().name().toLowerCase(java.util.Locale.ROOT));
            csvRows.add(List.of(member.studentNumber(), member.familyName(), member.givenName(),
                    nonNull(member.preferredName()), t.date(member.dateOfBirth()), nonNull(member.email()),
                    nonNull(member.phone()), status));
            String name = member.familyName() + ", " + member.givenName()
                    + (member.preferredName() == null ? "" : " (" + member.preferredName() + ")");
            String contact = nonNull(member.email()) + (member.phone() == null ? "" : "\n" + member.phone());
            pdfRows.add(List.of(member.studentNumber(), name, contact, status, t.date(member.dateOfBirth())));
        }
        String title = t.tr("report.section.title", section.code());
        ReportTable csv = new ReportTable(title, ReportTable.Layout.PEOPLE, List.of(t.tr("report.column.number"),
                t.tr("report.column.family_name"), t.tr("report.column.given_name"),
                t.tr("report.column.preferred_name"), t.tr("report.column.date_of_birth"),
                t.tr("report.column.email"), t.tr("report.column.phone"), t.tr("report.column.status")), csvRows);
        ReportTable pdf = new ReportTable(t.tr("report.section.table", list.members().size()),
                ReportTable.Layout.PEOPLE, List.of(t.tr("report.column.number"), t.tr("report.column.name"),
                        t.tr("report.column.contact"), t.tr("report.column.status"),
                        t.tr("report.column.date_of_birth")), pdfRows);
        List<String> facts = List.of(
                t.tr("report.section.fact.section", section.code(), section.name(), section.academicYear(),
                        section.yearOfStudy()),
                t.tr("report.section.fact.programme", section.programmeName(), section.programmeCode(),
                        section.departmentName()),
                made);
        return new ReportDocument(title, college, facts, List.of(csv), List.of(pdf), null, null, t.locale());
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
