package org.studenthub.reporting.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.studenthub.core.achievement.AccreditationFigures;
import org.studenthub.core.achievement.AccreditationFigures.Dimension;
import org.studenthub.core.achievement.AccreditationFigures.Total;
import org.studenthub.core.achievement.Level;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.ScopeKind;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * The accreditation report of a period: approved achievements by department, programme, category and level (with
 * a chart by category and level), students with at least one achievement per category, and students by points.
 * Every figure comes from {@link AccreditationFigures}, which restricts it to the departments the caller's
 * {@code report.accreditation} reaches; the report says which. It holds no personal data.
 */
final class AccreditationReport {
    private final AccreditationFigures figures;

    AccreditationReport(AccreditationFigures figures) {
        this.figures = figures;
    }

    ReportDocument build(CollegeContext context, Period period, ReportTexts t, String college, String made) {
        List<Total> overall = figures.totals(context, period.from(), period.to(), Dimension.ALL);
        List<Total> departments = figures.totals(context, period.from(), period.to(), Dimension.DEPARTMENT);
        List<Total> programmes = figures.totals(context, period.from(), period.to(), Dimension.PROGRAMME);
        List<Total> categories = figures.totals(context, period.from(), period.to(), Dimension.CATEGORY);
        List<AccreditationFigures.GroupCount> groups = figures.byGroup(context, period.from(), period.to());
        List<AccreditationFigures.CategoryReach> reach = figures.studentsPerCategory(context, period.from(), period.to());
        List<AccreditationFigures.PointsBand> bands = figures.pointsDistribution(context, period.from(), period.to());
        Map<String, String> categoryNames = reach.stream().collect(Collectors.toMap(
                AccreditationFigures.CategoryReach::category, r -> t.category(r.category(), r.categoryName()),
                (a, b) -> a, LinkedHashMap::new));

        Total all = overall.isEmpty() ? new Total(null, null, null, 0, 0) : overall.get(0);
        List<String> facts = List.of(
                period.label() == null ? t.tr("report.fact.dates", t.date(period.from()), t.date(period.to()))
                        : t.tr("report.fact.period", period.label(), t.date(period.from()), t.date(period.to())),
                t.tr("report.fact.reach", reach(context, departments, t)),
                t.tr("report.accreditation.fact.total", all.achievements(), all.students()),
                made);
        List<ReportTable> tables = List.of(
                totals(t.tr("report.accreditation.by_department"), t.tr("report.column.department"), departments, t),
                programmes(programmes, t),
                totals(t.tr("report.accreditation.by_category"), t.tr("report.column.category"),
                        categories.stream().map(c -> new Total(c.code(), t.category(c.code(), c.name()), null,
                                c.achievements(), c.students())).toList(), t),
                categoryLevels(groups, categoryNames, t),
                studentsPerCategory(reach, categoryNames, t),
                points(bands, t));
        return new ReportDocument(t.tr("report.accreditation.title"), college, facts, tables, List.of(),
                groups.isEmpty() ? null : chart(groups, categoryNames, t), t.tr("report.accreditation.note"),
                t.locale());
    }

    private static String reach(CollegeContext context, List<Total> departments, ReportTexts t) {
        if (context.collegeWide(Permission.REPORT_ACCREDITATION)) {
            return t.tr("report.reach.college");
        }
        long granted = context.scopes(Permission.REPORT_ACCREDITATION).stream()
                .filter(s -> s.kind() == ScopeKind.DEPARTMENT).count();
        String named = departments.stream().map(Total::code).collect(Collectors.joining(", "));
        return t.tr("report.reach.departments", granted, named.isEmpty() ? "-" : named);
    }

    private static ReportTable totals(String title, String heading, List<Total> lines, ReportTexts t) {
        List<List<String>> rows = new ArrayList<>();
        for (Total line : lines) {
            rows.add(List.of(line.name(), line.code(), "", t.number(line.achievements()), t.number(line.students())));
        }
        return new ReportTable(title, ReportTable.Layout.FIGURES, List.of(heading, t.tr("report.column.code"), "",
                t.tr("report.column.achievements"), t.tr("report.column.students")), rows);
    }

    private static ReportTable programmes(List<Total> lines, ReportTexts t) {
        List<List<String>> rows = new ArrayList<>();
        for (Total line : lines) {
            rows.add(List.of(line.name(), line.code(), line.parent(), t.number(line.achievements()),
                    t.number(line.students())));
        }
        return new ReportTable(t.tr("report.accreditation.by_programme"), ReportTable.Layout.FIGURES,
                List.of(t.tr("report.column.programme"), t.tr("report.column.code"), t.tr("report.column.department"),
                        t.tr("report.column.achievements"), t.tr("report.column.students")), rows);
    }

    private static ReportTable categoryLevels(List<AccreditationFigures.GroupCount> groups,
                                              Map<String, String> categoryNames, ReportTexts t) {
        Map<String, Map<Level, long[]>> byCategory = new LinkedHashMap<>();
        categoryNames.keySet().forEach(code -> byCategory.put(code, new EnumMap<>(Level.class)));
        for (AccreditationFigures.GroupCount group : groups) {
            byCategory.computeIfAbsent(group.category(), c -> new EnumMap<>(Level.class))
                    .computeIfAbsent(group.level(), l -> new long[1])[0] += group.achievements();
        }
        List<List<String>> rows = new ArrayList<>();
        byCategory.forEach((code, levels) -> levels.forEach((level, count) -> rows.add(List.of(
                categoryNames.getOrDefault(code, code), t.level(level), "", t.number(count[0]), ""))));
        return new ReportTable(t.tr("report.accreditation.by_category_level"), ReportTable.Layout.FIGURES,
                List.of(t.tr("report.column.category"), t.tr("report.column.level"), "",
                        t.tr("report.column.achievements"), ""), rows);
    }

    private static ReportTable studentsPerCategory(List<AccreditationFigures.CategoryReach> reach,
                                                   Map<String, String> categoryNames, ReportTexts t) {
        List<List<String>> rows = new ArrayList<>();
        long students = reach.isEmpty() ? 0 : reach.get(0).students();
        for (AccreditationFigures.CategoryReach line : reach) {
            rows.add(List.of(categoryNames.get(line.category()), line.category(), "",
                    t.number(line.studentsWithOne()), t.share(line.studentsWithOne(), line.students())));
        }
        return new ReportTable(t.tr("report.accreditation.students_per_category", students),
                ReportTable.Layout.FIGURES, List.of(t.tr("report.column.category"), t.tr("report.column.code"), "",
                        t.tr("report.column.students"), t.tr("report.column.share")), rows);
    }

    private static ReportTable points(List<AccreditationFigures.PointsBand> bands, ReportTexts t) {
        List<List<String>> rows = new ArrayList<>();
        for (AccreditationFigures.PointsBand band : bands) {
            rows.add(List.of(t.tr("report.accreditation.band", band.from(), band.to()), "", "", "",
                    t.number(band.students())));
        }
        return new ReportTable(t.tr("report.accreditation.points"), ReportTable.Layout.FIGURES,
                List.of(t.tr("report.column.points"), "", "", "", t.tr("report.column.students")), rows);
    }

    private static LevelBarChart chart(List<AccreditationFigures.GroupCount> groups, Map<String, String> categoryNames,
                                       ReportTexts t) {
        Map<String, Map<Level, Long>> counts = new LinkedHashMap<>();
        categoryNames.keySet().forEach(code -> counts.put(code, new EnumMap<>(Level.class)));
        for (AccreditationFigures.GroupCount group : groups) {
            counts.computeIfAbsent(group.category(), c -> new EnumMap<>(Level.class))
                    .merge(group.level(), group.achievements(), Long::sum);
        }
        List<LevelBarChart.Bar> bars = new ArrayList<>();
        counts.forEach((code, levels) -> bars.add(new LevelBarChart.Bar(categoryNames.getOrDefault(code, code), levels)));
        Map<Level, String> levelNames = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            levelNames.put(level, t.level(level));
        }
        return new LevelBarChart(bars, levelNames, t.tr("report.chart.empty"), t.tr("report.accreditation.chart"));
    }
}
