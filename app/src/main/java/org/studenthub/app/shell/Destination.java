package org.studenthub.app.shell;

import org.studenthub.core.security.Permission;

/** A screen reachable from the sidebar, the permission it needs (none: everyone), its label key and icon. */
public enum Destination {
    DASHBOARD("client.nav.dashboard", "mdal-dashboard", null),
    STUDENTS("client.nav.students", "mdmz-people", Permission.STUDENT_READ),
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
