package org.studenthub.core.course;

import java.math.BigDecimal;

/** A course as services return it; {@code version} is passed back with changes. */
public record CourseView(long id, long departmentId, String code, String title, String subject, BigDecimal credits,
                         CourseStatus status, long version) {}
