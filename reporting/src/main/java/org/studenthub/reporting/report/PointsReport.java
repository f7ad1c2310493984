package org.studenthub.reporting.report;

import java.util.ArrayList;
import java.util.List;
import org.studenthub.core.achievement.PointsRoster;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Students' activity points: one line per active student the caller reaches (one section or programme, or all),
 * with the points that count per category (capped) and the total. The CSV file has a column per category; the
 * PDF lists each student's categories in one cell.
 */
final class PointsReport {
    private final PointsRoster roster;

    PointsReport(PointsRoster roster) {
        this.roster = roster;
    }

    ReportDocument build(CollegeContext context, PointsRoster.Filter filter, String filterLabel, ReportTexts t,
                         String college, String made, String destination) {
        PointsRoster.Roster points = roster.list(context, filter, destination);
        List<String> csvHeadings = new ArrayList<>(List.of(t.tr("report.column.number"),
                t.tr("report.column.family_name"), t.tr("report.column.given_name"), t.tr("report.column.section"),
                t.tr("report.column.programme")));
        for (PointsRoster.Category category : points.categories()) {
            csvHeadings.add(t.category(category.code(), category.name()));
        }
        csvHeadings.add(t.tr("report.column.total"));
        List<List<String>> csvRows = new ArrayList<>();
        List<List<String>> pdfRows = new ArrayList<>();
        for (PointsRoster.Line line : points.lines()) {
            List<String> row = new ArrayList<>(List.of(line.studentNumber(), line.familyName(), line.givenName(),
                    nonNull(line.section()), line.programme()));
            List<String> earned = new ArrayList<>();
            for (PointsRoster.Category category : points.categories()) {
                Integer counted = line.points().get(category.code());
                row.add(t.number(counted == null ? 0 : counted));
                if (counted != null && counted > 0) {
                    earned.add(t.category(category.code(), category.name()) + " " + t.number(counted));
                }
            }
            row.add(t.number(line.total()));
            csvRows.add(row);
            pdfRows.add(List.of(line.studentNumber(), line.familyName() + ", " + line.givenName(),
                    String.join(" · ", earned), nonNull(line.section()) + " · " + line.programme(),
                    t.number(line.total())));
        }
        String title = t.tr("report.points.title");
        ReportTable csv = new ReportTable(title, ReportTable.Layout.POINTS, csvHeadings, csvRows);
        ReportTable pdf = new ReportTable(t.tr("report.points.table", points.lines().size()), ReportTable.Layout.POINTS,
                List.of(t.tr("report.column.number"), t.tr("report.column.name"), t.tr("report.column.by_category"),
                        t.tr("report.column.section_programme"), t.tr("report.column.total")), pdfRows);
        List<String> facts = List.of(t.tr("report.fact.students", filterLabel), made);
        return new ReportDocument(title, college, facts, List.of(csv), List.of(pdf), null,
                t.tr("report.points.note"), t.locale());
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
