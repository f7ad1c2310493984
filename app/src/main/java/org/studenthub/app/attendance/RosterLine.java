package org.studenthub.app.attendance;

/** A student enrolled in the section and term of a session on its date, as the register lists them. */
record RosterLine(long studentId, String studentNumber, String familyName, String givenName) {
    String name() {
        return familyName + ", " + givenName;
    }
}
