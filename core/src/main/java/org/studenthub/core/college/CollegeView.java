package org.studenthub.core.college;

/** A college as services return it. */
public record CollegeView(long id, String code, String name, String defaultLocale, String timeZone,
                          CreditSystem creditSystem, long version) {}
