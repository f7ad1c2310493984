package org.studenthub.app.shell;

import java.util.List;
import java.util.function.Predicate;
import org.studenthub.core.security.Permission;

/**
 * A screen reachable from the sidebar: its label key, its icon and the permissions that open it (any one of them
 * is enough; none: everyone).
 */
public enum Destination {
    DASHBOARD("client.nav.dashboard", "mdal-dashboard"),
    STUDENTS("client.nav.students", "mdmz-people", Permission.STUDENT_READ),
    TEACHERS("client.nav.teachers", "mdmz-person_outline", Permission.RECORDS_READ),
    SECTIONS("client.nav.sections", "mdmz-view_list", Permission.RECORDS_READ),
    ATTENDANCE("client.nav.attendance", "mdal-fact_check", Permission.ATTENDANCE_WRITE),
    DEPARTMENTS("client.nav.departments", "mdal-account_balance", Permission.RECORDS_READ),
    PROGRAMMES("client.nav.programmes", "mdmz-school", Permission.RECORDS_READ),
    COURSES("client.nav.courses", "mdal-class", Permission.RECORDS_READ),
    CALENDAR("client.nav.calendar", "mdal-date_range", Permission.RECORDS_READ),
    IMPORT("client.nav.import", "mdal-file_upload", Permission.STUDENT_IMPORT);

    private final String labelKey;
    private final String icon;
    private final List<Permission> anyOf;

    Destination(String labelKey, String icon, Permission... anyOf) {
        this.labelKey = labelKey;
        this.icon = icon;
        this.anyOf = List.of(anyOf);
    }

    public String labelKey() {
        return labelKey;
    }

    public String icon() {
        return icon;
    }

    /** Whether someone holding {@code may}'s permissions sees this screen. */
    public boolean openTo(Predicate<Permission> may) {
        return anyOf.isEmpty() || anyOf.stream().anyMatch(may);
    }
}
