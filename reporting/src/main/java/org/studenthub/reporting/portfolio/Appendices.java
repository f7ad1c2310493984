package org.studenthub.reporting.portfolio;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.studenthub.core.portfolio.PortfolioContent;

/**
 * The evidence PDFs appended after the portfolio's own pages, in the order they are referenced: each gets a letter
 * (A, B, ... Z, AA, AB, ...) and its first page's offset from the start of the appendices.
 */
final class Appendices {
    private final List<Appendix> appendices;
    private final int pages;

    private Appendices(List<Appendix> appendices, int pages) {
        this.appendices = List.copyOf(appendices);
        this.pages = pages;
    }

    /** Counts the pages of every PDF evidence (a damaged one is left out and named nowhere). */
    static Appendices of(PortfolioContent content) {
        List<Appendix> found = new ArrayList<>();
        int offset = 0;
        for (PortfolioContent.Achievement achievement : content.achievements()) {
            for (PortfolioContent.Evidence evidence : achievement.evidence()) {
                if (!evidence.isPdf()) {
                    continue;
                }
                int count = pageCount(evidence.content());
                if (count > 0) {
                    found.add(new Appendix(letter(found.size()), achievement.id(), evidence, offset, count));
                    offset += count;
                }
            }
        }
        return new Appendices(found, offset);
    }

    List<Appendix> all() {
        return appendices;
    }

    List<Appendix> of(long achievementId) {
        return appendices.stream().filter(a -> a.achievementId() == achievementId).toList();
    }

    /** Pages of all appendices together. */
    int pages() {
        return pages;
    }

    static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        int n = index;
        do {
            letters.insert(0, (char) ('A' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return letters.toString();
    }

    private static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            return 0;
        }
    }

    /** One appended PDF; {@code offset} counts pages from the first page of the first appendix. */
    record Appendix(String letter, long achievementId, PortfolioContent.Evidence evidence, int offset, int pages) {
    }
}
