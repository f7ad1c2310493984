package org.studenthub.reporting.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** An achievement's appendix references fit the two lines the portfolio keeps for them. */
class AppendixReferencesTest {
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(PortfolioText.BUNDLE, Locale.ENGLISH);

    @Test
    void oneOrTwoAppendicesTakeALineEach() {
        String text = AppendixReferences.text("A\tcertificate.pdf\tB\tletter.pdf", new int[] {0, 2}, 5, ENGLISH,
                Locale.ENGLISH);

        assertThat(text).isEqualTo("Appendix A: certificate.pdf, page 6\nAppendix B: letter.pdf, page 8");
    }

    @Test
    void moreAppendicesShareTheLinesWithShortenedNamesAndNoneIsLost() {
        String text = AppendixReferences.text("A\tregional-robotics-contest-certificate.pdf\tB\tletter.pdf\t"
                + "C\tphoto-report.pdf\tD\tpress-article-2026.pdf", new int[] {0, 3, 4, 6}, 5, ENGLISH, Locale.ENGLISH);

        assertThat(text).doesNotContain("\n")
                .contains("Appendix A: regional-robotics-c\u2026.pdf, page 6")
                .contains("Appendix B: letter.pdf, page 9").contains("Appendix C: photo-report.pdf, page 10")
                .contains("Appendix D: press-article-2026.pdf, page 12");
        assertThat(text.length()).as("two lines of the 483-point field at 7.5 points").isLessThan(230);
    }
}
