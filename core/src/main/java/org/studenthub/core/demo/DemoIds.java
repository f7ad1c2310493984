package org.studenthub.core.demo;

/** Database ids of one demo college's structure, indexed like {@link DemoLayout}. */
final class DemoIds {
    final long collegeId;
    final long[] departments;
    final long[] programmes;
    final long[][] courses;
    final long[] years = new long[2];
    final long[][] terms = new long[2][3];
    final long[] sections;
    final long[] teachers;

    DemoIds(long collegeId, DemoLayout layout) {
        this.collegeId = collegeId;
        this.departments = new long[layout.departments.size()];
        this.programmes = new long[layout.programmes.size()];
        this.courses = new long[layout.programmes.size()][DemoLayout.COURSES_PER_PROGRAMME];
        this.sections = new long[layout.sections.size()];
        this.teachers = new long[layout.teachers];
    }
}
