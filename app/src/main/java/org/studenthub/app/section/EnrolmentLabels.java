package org.studenthub.app.section;

import java.util.Locale;
import org.studenthub.app.I18n;
import org.studenthub.core.enrolment.EnrolmentStatus;
import org.studenthub.core.section.SectionStatus;

/** The words for section and enrolment states, shared by the section screens and the student's Enrolments tab. */
public final class EnrolmentLabels {
    private EnrolmentLabels() {}

    public static String status(Locale locale, EnrolmentStatus status) {
        return I18n.tr(locale, "client.section.enrolment." + status.name().toLowerCase(Locale.ROOT));
    }

    public static String status(Locale locale, SectionStatus status) {
        return I18n.tr(locale, "client.section.status." + status.name().toLowerCase(Locale.ROOT));
    }
}
