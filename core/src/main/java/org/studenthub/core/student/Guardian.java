package org.studenthub.core.student;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.studenthub.core.common.BaseEntity;

/** A parent or guardian of a student (held by the student's id). */
@Entity
@Table(name = "guardian")
public class Guardian extends BaseEntity {
    @Column(name = "student_id", nullable = false, updatable = false)
    private long studentId;
    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;
    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private GuardianRelationship relationship;
    @Column(length = 254)
    private String email;
    @Column(length = 32)
    private String phone;
    @Column(name = "address_line", length = 200)
    private String addressLine;
    @Column(name = "primary_contact", nullable = false)
    private boolean primaryContact;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private GuardianStatus status = GuardianStatus.ACTIVE;

    protected Guardian() {}

    Guardian(long studentId, GuardianDetails details) {
        this.studentId = studentId;
        apply(details);
    }

    void apply(GuardianDetails details) {
        this.givenName = details.givenName().strip();
        this.familyName = details.familyName().strip();
        this.relationship = details.relationship();
        this.email = StudentRules.optional(details.email());
        this.phone = StudentRules.optional(details.phone());
        this.addressLine = StudentRules.optional(details.addressLine());
        this.primaryContact = details.primaryContact();
    }

    void deactivate() {
        this.status = GuardianStatus.INACTIVE;
        this.primaryContact = false;
    }

    void clearPrimaryContact() {
        this.primaryContact = false;
    }

    long studentId() {
        return studentId;
    }

    boolean isPrimaryContact() {
        return primaryContact;
    }

    GuardianView toView() {
        return new GuardianView(getId(), studentId, givenName, familyName, relationship, email, phone, addressLine,
                primaryContact, status, getVersion());
    }
}
