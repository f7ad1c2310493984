package org.studenthub.core.demo;

import java.util.List;

/**
 * Students just written for sections {@code fromSection} (inclusive) to {@code toSection}
 * (exclusive): as generated, in ordinal order, with their database ids at the same positions.
 */
record DemoStudents(int fromSection, int toSection, List<DemoStudentWriter.StudentRow> rows, long[] ids) {
    int size() {
        return rows.size();
    }

    /** Ordinal of the first student (the others follow without gaps). */
    long firstOrdinal() {
        return rows.get(0).ordinal();
    }
}
