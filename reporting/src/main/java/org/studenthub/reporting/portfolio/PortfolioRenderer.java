package org.studenthub.reporting.portfolio;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRPrintAnchorIndex;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.studenthub.core.achievement.Level;
import org.studenthub.core.common.StudentHubException;
import org.studenthub.core.portfolio.CollegeBranding;
import org.studenthub.core.portfolio.PortfolioContent;
import org.studenthub.reporting.template.Templates;

/**
 * Renders a student's portfolio: canonical content and its hash, a new credential id, the templates
 * {@code portfolio} and {@code portfolio-summary} filled in the portfolio's language, then {@link PortfolioPdf}
 * (appendices, outline, {@code portfolio.json}, document information). The result is not yet sealed. Safe to use
 * from several threads.
 */
public final class PortfolioRenderer {
    private final Templates templates;

    public PortfolioRenderer(Templates templates) {
        this.templates = templates;
    }

    /**
     * Loads what a first portfolio needs (templates, fonts, the PDF and JSON machinery: about a second in a fresh
     * process) by rendering a small made-up one and discarding it. Call it on a background thread while the
     * portfolio's content is being read, so that the real one starts warm.
     */
    public void warmUp() {
        CollegeBranding branding = CollegeBranding.DEFAULT;
        PortfolioContent sample = new PortfolioContent(
                new PortfolioContent.College(1, "WARM", "StudentHub", "en", "UTC", branding),
                new PortfolioContent.Student(1, "0", "\u0391\u03b1", "\u0905\u0906", null, "-", "-", null, null),
                List.of(new PortfolioContent.Achievement(1, 0, "c", "c", 0, 1, Level.COLLEGE, "\u0905", null, null, null,
                        LocalDate.of(2026, 1, 1), null, 1, null, null, null, List.of())));
        render(sample, Locale.ITALY);
    }

    /** The language of a portfolio: {@code requested} (en or it) when given, else the college's. */
    public static Locale localeFor(PortfolioContent content, String requested) {
        String language = requested != null ? requested : content.college().locale();
        return "it".equals(language) ? Locale.ITALY : Locale.UK;
    }

    /** Renders with a new credential id, issued today in the college's time zone. */
    public RenderedPortfolio render(PortfolioContent content, Locale locale) {
        return render(content, locale, UUID.randomUUID(), LocalDate.now(zone(content)));
    }

    public RenderedPortfolio render(PortfolioContent content, Locale locale, UUID credential, LocalDate issuedOn) {
        byte[] json = CanonicalJson.of(content);
        String sha256 = CanonicalJson.sha256(json);
        PortfolioText text = new PortfolioText(locale, zone(content));
        Appendices appendices = Appendices.of(content);
        try {
            JasperPrint print = JasperFillManager.fillReport(templates.get("portfolio"),
                    parameters(content, text, appendices, credential, sha256, issuedOn),
                    new JRMapCollectionDataSource(PortfolioRows.achievements(content, appendices, text)));
            byte[] filled = JasperExportManager.exportReportToPdf(print);
            byte[] pdf = PortfolioPdf.finish(filled, appendices, text, json, finish(content, text, print, credential,
                    sha256));
            return new RenderedPortfolio(pdf, credential, sha256, print.getPages().size() + appendices.pages());
        } catch (JRException | IOException e) {
            throw new StudentHubException("portfolio.render.failed", e, content.student().number());
        }
    }

    private Map<String, Object> parameters(PortfolioContent content, PortfolioText text, Appendices appendices,
                                           UUID credential, String sha256, LocalDate issuedOn) {
        PortfolioContent.College college = content.college();
        PortfolioContent.Student student = content.student();
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, text.locale());
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, text.bundle());
        p.put("collegeName", college.name());
        p.put("collegeCode", college.code());
        p.put("logo", college.branding().logo());
        p.put("primary", college.branding().primaryColour());
        p.put("accent", college.branding().accentColour());
        p.put("studentName", student.fullName());
        p.put("studentNumber", student.number());
        p.put("initials", initials(student));
        p.put("programme", programme(student));
        p.put("section", student.section() == null ? "\u2013" : student.section());
        p.put("photo", student.photo());
        p.put("issuedOn", text.date(issuedOn));
        int total = PortfolioRows.totalPoints(content);
        p.put("totalPoints", total);
        p.put("totals", text.get("cover.totals", content.achievements().size(), total));
        p.put("closing", text.get("closing", college.name()));
        p.put("qr", QrCode.png(VerificationLink.of(college.code(), credential, sha256)));
        p.put("credential", credential.toString());
        p.put("contentSha256", sha256);
        p.put("appendixPages", appendices.pages());
        p.put("summaryReport", templates.get("portfolio-summary"));
        p.put("summaryRows", new JRMapCollectionDataSource(PortfolioRows.summary(content, text)));
        return p;
    }

    private static PortfolioPdf.Finish finish(PortfolioContent content, PortfolioText text, JasperPrint print,
                                              UUID credential, String sha256) {
        Map<String, JRPrintAnchorIndex> anchors = print.getAnchorIndexes();
        List<PortfolioPdf.Bookmark> bookmarks = new ArrayList<>();
        bookmarks.add(new PortfolioPdf.Bookmark(text.get("bookmark.cover"), 0, false));
        bookmark(bookmarks, anchors, "summary", text.get("bookmark.summary"), false);
        bookmark(bookmarks, anchors, "achievements", text.get("bookmark.achievements"), false);
        Map<String, String> categories = new LinkedHashMap<>();
        content.achievements().forEach(a -> categories.putIfAbsent(a.categoryCode(),
                text.category(a.categoryCode(), a.categoryName())));
        categories.forEach((code, name) -> bookmark(bookmarks, anchors, "category:" + code, name, true));
        Map<String, String> custom = new LinkedHashMap<>();
        custom.put("StudentHubCredential", credential.toString());
        custom.put("StudentHubContentSha256", sha256);
        custom.put("StudentHubCollege", content.college().code());
        String title = text.get("document.title") + " \u2014 " + content.student().fullName();
        return new PortfolioPdf.Finish(title, content.college().name(), content.student().number(),
                text.locale().getLanguage(), custom, bookmarks, text.get("bookmark.appendices"),
                content.student().fullName() + ", " + content.student().number());
    }

    private static void bookmark(List<PortfolioPdf.Bookmark> bookmarks, Map<String, JRPrintAnchorIndex> anchors,
                                 String anchor, String title, boolean child) {
        JRPrintAnchorIndex index = anchors.get(anchor);
        if (index != null) {
            bookmarks.add(new PortfolioPdf.Bookmark(title, index.getPageIndex(), child));
        }
    }

    /** The degree when it already names the programme ("Laurea in Informatica"), else both. */
    static String programme(PortfolioContent.Student student) {
        String degree = student.degree();
        if (degree == null || degree.isBlank()) {
            return student.programme();
        }
        return degree.toLowerCase(Locale.ROOT).contains(student.programme().toLowerCase(Locale.ROOT)) ? degree
                : student.programme() + " \u2014 " + degree;
    }

    private static ZoneId zone(PortfolioContent content) {
        return ZoneId.of(content.college().timeZone());
    }

    private static String initials(PortfolioContent.Student student) {
        return first(student.givenName()) + first(student.familyName());
    }

    private static String first(String name) {
        return name == null || name.isBlank() ? "" : name.strip().substring(0, name.strip().offsetByCodePoints(0, 1));
    }
}
