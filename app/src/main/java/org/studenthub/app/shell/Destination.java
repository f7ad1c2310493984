package org.studenthub.app.shell;

import org.studenthub.core.security.Permission;

/** A screen reachable from the sidebar, the permission it needs (none: everyone), its label key and icon. */
public enum Destination {
    DASHBOARD("client.nav.dashboard", "mdal-dashboard", null),
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
    private final Permission needs;

    Destination(String labelKey, String icon, Permission needs) {
        this.labelKey = labelKey;
        this.icon = icon;
        this.needs = needs;
    }

    public String labelKey() {
        return labelKey;
    }

    public String icon() {
        return icon;
    }

    public Permission needs() {
        return needs;
    }
}
