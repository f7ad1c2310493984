package org.studenthub.reporting.portfolio;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.studenthub.core.achievement.Level;
import org.studenthub.core.portfolio.PortfolioContent;

/**
 * The rows the templates print, with every text already in the portfolio's language: one row per achievement for
 * the main template (fields named as in {@code portfolio.jrxml}) and one per category for the summary.
 */
final class PortfolioRows {
    /** Thumbnails shown per achievement; more pictures are counted, not shown. */
    static final int THUMBNAILS = 4;

    private PortfolioRows() {}

    static List<Map<String, ?>> achievements(PortfolioContent content, Appendices appendices, PortfolioText text) {
        Map<String, Integer> categoryPoints = new HashMap<>();
        for (PortfolioContent.Achievement a : content.achievements()) {
            categoryPoints.merge(a.categoryCode(), a.points(), Integer::sum);
        }
        List<Map<String, ?>> rows = new ArrayList<>();
        for (PortfolioContent.Achievement a : content.achievements()) {
            Map<String, Object> row = new HashMap<>();
            row.put("categoryCode", a.categoryCode());
            row.put("categoryName", text.category(a.categoryCode(), a.categoryName()));
            row.put("categoryPoints", text.get("category.points",
                    Math.min(categoryPoints.get(a.categoryCode()), a.categoryCap())));
            row.put("title", a.title());
            row.put("points", text.get("achievement.points", a.points()));
            row.put("meta", meta(a, text));
            row.put("description", blankToNull(a.description()));
            row.put("approval", approval(a, text));
            List<byte[]> pictures = a.evidence().stream().filter(e -> !e.isPdf() && e.content() != null)
                    .map(PortfolioContent.Evidence::content).toList();
            for (int i = 0; i < THUMBNAILS; i++) {
                row.put("thumb" + (i + 1), i < pictures.size() ? pictures.get(i) : null);
            }
            row.put("morePictures", pictures.size() > THUMBNAILS
                    ? text.get("achievement.more_pictures", pictures.size() - THUMBNAILS) : null);
            List<Appendices.Appendix> appended = appendices.of(a.id());
            row.put("appendixFiles", appended.isEmpty() ? null : appendixFiles(appended));
            row.put("appendixOffsets", appended.stream().mapToInt(Appendices.Appendix::offset).toArray());
            rows.add(row);
        }
        return rows;
    }

    /** Per category: points per level, the points that count (capped) and the cap when it applies. */
    static List<Map<String, ?>> summary(PortfolioContent content, PortfolioText text) {
        Map<String, Map<Level, Integer>> byLevel = new LinkedHashMap<>();
        Map<String, PortfolioContent.Achievement> first = new LinkedHashMap<>();
        for (PortfolioContent.Achievement a : content.achievements()) {
            byLevel.computeIfAbsent(a.categoryCode(), k -> new EnumMap<>(Level.class)).merge(a.level(), a.points(),
                    Integer::sum);
            first.putIfAbsent(a.categoryCode(), a);
        }
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Map.Entry<String, Map<Level, Integer>> category : byLevel.entrySet()) {
            PortfolioContent.Achievement a = first.get(category.getKey());
            Map<String, Object> row = new HashMap<>();
            row.put("category", text.category(a.categoryCode(), a.categoryName()));
            int earned = 0;
            for (Level level : Level.values()) {
                Integer points = category.getValue().get(level);
                row.put(level.name(), points == null ? text.get("summary.none") : text.number(points));
                earned += points == null ? 0 : points;
            }
            int counted = Math.min(earned, a.categoryCap());
            row.put("counted", counted);
            row.put("capNote", earned > a.categoryCap() ? text.get("summary.capped", a.categoryCap()) : null);
            rows.add(row);
        }
        return rows;
    }

    /** Total counted points (each category capped). */
    static int totalPoints(PortfolioContent content) {
        Map<String, Integer> earned = new HashMap<>();
        Map<String, Integer> caps = new HashMap<>();
        for (PortfolioContent.Achievement a : content.achievements()) {
            earned.merge(a.categoryCode(), a.points(), Integer::sum);
            caps.put(a.categoryCode(), a.categoryCap());
        }
        return earned.entrySet().stream().mapToInt(e -> Math.min(e.getValue(), caps.get(e.getKey()))).sum();
    }

    /** Appendix letter and file name of each PDF, separated by tabs (the template adds the page numbers). */
    private static String appendixFiles(List<Appendices.Appendix> appended) {
        StringBuilder files = new StringBuilder();
        for (Appendices.Appendix appendix : appended) {
            files.append(files.isEmpty() ? "" : "\t").append(appendix.letter()).append('\t')
                    .append(appendix.evidence().fileName());
        }
        return files.toString();
    }

    private static String meta(PortfolioContent.Achievement a, PortfolioText text) {
        StringBuilder meta = new StringBuilder(text.level(a.level())).append("  \u00b7  ")
                .append(text.period(a.startsOn(), a.endsOn()));
        if (a.issuer() != null && !a.issuer().isBlank()) {
            meta.append("  \u00b7  ").append(text.get("achievement.issuer", a.issuer()));
        }
        if (a.event() != null) {
            meta.append("  \u00b7  ").append(text.get("achievement.event", a.event()));
        }
        return meta.toString();
    }

    private static String approval(PortfolioContent.Achievement a, PortfolioText text) {
        if (a.approvedAt() == null) {
            return null;
        }
        String when = text.date(a.approvedAt());
        if (a.approverRole() == null) {
            return text.get("achievement.approved.date", when);
        }
        if (a.approvedBy() == null) {
            return text.get("achievement.approved.role", text.role(a.approverRole()), when);
        }
        return text.get("achievement.approved", a.approvedBy(), text.role(a.approverRole()), when);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
