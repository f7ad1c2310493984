package org.studenthub.core.achievement;

/** How far an achievement reaches; each category gives points per level. */
public enum Level {
    COLLEGE, UNIVERSITY, STATE, NATIONAL, INTERNATIONAL
}
