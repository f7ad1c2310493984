package org.studenthub.reporting.portfolio;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Called from {@code portfolio.jrxml} when the portfolio's own page count is known (evaluation time Auto): turns an
 * achievement's appended PDFs into "Appendix A: certificate.pdf, page 12" lines.
 */
public final class AppendixReferences {
    private AppendixReferences() {}

    /**
     * @param files          "letter TAB file name" pairs, TAB-separated (see PortfolioRows)
     * @param offsets        each appendix's first page, counted from the first appendix page
     * @param portfolioPages the pages of the portfolio before the appendices
     */
    public static String text(String files, int[] offsets, Integer portfolioPages, ResourceBundle bundle,
                              Locale locale) {
        if (files == null) {
            return null;
        }
        String[] parts = files.split("\t");
        StringBuilder lines = new StringBuilder();
        MessageFormat format = new MessageFormat(bundle.getString("appendix.reference"), locale);
        for (int i = 0; i + 1 < parts.length; i += 2) {
            int page = portfolioPages + 1 + offsets[i / 2];
            lines.append(lines.isEmpty() ? "" : "\n").append(format.format(new Object[] {parts[i], parts[i + 1], page}));
        }
        return lines.toString();
    }
}
