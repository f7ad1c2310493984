package org.studenthub.app.teacher;

import java.util.Locale;
import org.studenthub.app.I18n;
import org.studenthub.core.mentor.MentorStatus;
import org.studenthub.core.teacher.TeacherStatus;
import org.studenthub.core.teacher.TeacherView;
import org.studenthub.core.teacher.TeachingAssignmentStatus;
import org.studenthub.core.teacher.TeachingRole;

/** How the teacher screens name the core's states in the person's language. */
final class TeacherTexts {
    private TeacherTexts() {}

    static String status(Locale locale, TeacherStatus status) {
        return I18n.tr(locale, "client.teacher.status." + status.name().toLowerCase(Locale.ROOT));
    }

    /** "Family, Given" as lists show people. */
    static String fullName(TeacherView t) {
        return t.familyName() + ", " + t.givenName();
    }

    static String role(Locale locale, TeachingRole role) {
        return I18n.tr(locale, "client.teacher.teaching.role." + role.name().toLowerCase(Locale.ROOT));
    }

    static String status(Locale locale, TeachingAssignmentStatus status) {
        return I18n.tr(locale, "client.teacher.teaching.status." + status.name().toLowerCase(Locale.ROOT));
    }

    static String status(Locale locale, MentorStatus status) {
        return I18n.tr(locale, "client.teacher.mentees.status." + status.name().toLowerCase(Locale.ROOT));
    }
}
