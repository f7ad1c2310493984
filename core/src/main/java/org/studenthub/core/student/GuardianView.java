package org.studenthub.core.student;

/** A guardian as services return it. */
public record GuardianView(long id, long studentId, String givenName, String familyName,
                           GuardianRelationship relationship, String email, String phone, String addressLine,
                           boolean primaryContact, GuardianStatus status, long version) {}
