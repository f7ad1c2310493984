package org.studenthub.reporting.report;

import org.junit.jupiter.api.Test;
import org.studenthub.core.testing.BundleChecks;

/** The reports' words exist in English and Italian, and the Italian ones are translated. */
class ReportTranslationsTest {
    private static final String BUNDLE = "org/studenthub/reporting/report/messages";

    @Test
    void everyReportTextHasAnItalianTranslation() throws Exception {
        BundleChecks.sameKeysInEnglishAndItalian(BUNDLE);
        BundleChecks.italianTextsAreTranslated(BUNDLE);
    }
}
