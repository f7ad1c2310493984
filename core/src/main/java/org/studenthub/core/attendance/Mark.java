package org.studenthub.core.attendance;

/** What a student's attendance at one session was. PRESENT and LATE count as attended. */
public enum Mark { PRESENT, ABSENT, LATE, EXCUSED }
