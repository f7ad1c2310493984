package org.studenthub.reporting.portfolio;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Called from {@code portfolio.jrxml} when the portfolio's own page count is known (evaluation time Auto): turns an
 * achievement's appended PDFs into "Appendix A: certificate.pdf, page 12" references. The field cannot grow (its
 * text is known only at the end of the fill), and it holds two lines: one or two references take a line each;
 * more share the lines, separated by a middle dot, with long file names shortened.
 */
public final class AppendixReferences {
    /** Longest file name shown when references share lines; longer ones keep their start and extension. */
    static final int SHARED_NAME_LENGTH = 24;

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
        boolean shared = parts.length / 2 > 2;
        StringBuilder lines = new StringBuilder();
        MessageFormat format = new MessageFormat(bundle.getString("appendix.reference"), locale);
        for (int i = 0; i + 1 < parts.length; i += 2) {
            int page = portfolioPages + 1 + offsets[i / 2];
            String name = shared ? shorten(parts[i + 1]) : parts[i + 1];
            lines.append(lines.isEmpty() ? "" : shared ? "  \u00b7  " : "\n")
                    .append(format.format(new Object[] {parts[i], name, page}));
        }
        return lines.toString();
    }

    /** "a-very-long-certificate-name.pdf" becomes "a-very-long-certif….pdf". */
    static String shorten(String fileName) {
        if (fileName.length() <= SHARED_NAME_LENGTH) {
            return fileName;
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot > 0 && fileName.length() - dot <= 5 ? fileName.substring(dot) : "";
        return fileName.substring(0, SHARED_NAME_LENGTH - extension.length() - 1) + "\u2026" + extension;
    }
}
