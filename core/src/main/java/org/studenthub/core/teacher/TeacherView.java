package org.studenthub.core.teacher;

import java.time.LocalDate;

/** A teacher as services return it; {@code version} is passed back with changes. */
public record TeacherView(long id, String staffNumber, String givenName, String familyName, String nameKey,
                          String title, String email, String phone, long departmentId, TeacherStatus status,
                          LocalDate hiredOn, long version) {}
