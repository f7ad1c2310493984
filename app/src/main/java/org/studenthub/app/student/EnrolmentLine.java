package org.studenthub.app.student;

import org.studenthub.core.enrolment.EnrolmentView;

/** One line of a student's Enrolments tab: the enrolment with its section, academic year and term named. */
public record EnrolmentLine(EnrolmentView enrolment, String sectionCode, String sectionName, String academicYear,
                           String term) {}
