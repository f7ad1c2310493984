package org.studenthub.core.student.search;

/** Orders of the student list; both page by keyset on an index. */
public enum StudentSort {
    /** By folded name ("family given preferred"), then id. */
    NAME,
    /** By student number, then id. */
    NUMBER
}
