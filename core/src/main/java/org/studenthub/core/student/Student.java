package org.studenthub.core.student;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.studenthub.core.common.BaseEntity;
import org.studenthub.core.common.NameKeys;

/**
 * A student of a college. {@code nameKey} (folded "family given preferred") is kept in step with
 * the names by every mutator; search and name order use it.
 */
@Entity
@Table(name = "student")
public class Student extends BaseEntity {
    @Column(name = "student_number", nullable = false, length = 32, updatable = false)
    private String studentNumber;
    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;
    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;
    @Column(name = "preferred_name", length = 100)
    private String preferredName;
    @Column(name = "name_key", nullable = false, length = 310)
    private String nameKey;
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;
    @Column(length = 254)
    private String email;
    @Column(length = 32)
    private String phone;
    @Column(name = "address_line", length = 200)
    private String addressLine;
    @Column(length = 100)
    private String city;
    @Column(name = "postal_code", length = 16)
    private String postalCode;
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "country_code", length = 2)
    private String countryCode;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private StudentStatus status = StudentStatus.ACTIVE;
    @Column(name = "admission_date", nullable = false, updatable = false)
    private LocalDate admissionDate;
    @Column(name = "programme_id", nullable = false)
    private long programmeId;
    @Column(name = "section_id")
    private Long sectionId;

    protected Student() {}

    Student(NewStudent command) {
        this.studentNumber = command.studentNumber().strip();
        this.admissionDate = command.admissionDate();
        this.sectionId = command.sectionId();
        rename(command.givenName(), command.familyName(), command.preferredName());
        this.dateOfBirth = command.dateOfBirth();
        this.email = StudentRules.optional(command.email());
        this.phone = StudentRules.optional(command.phone());
        this.addressLine = StudentRules.optional(command.addressLine());
        this.city = StudentRules.optional(command.city());
        this.postalCode = StudentRules.optional(command.postalCode());
        this.countryCode = StudentRules.optional(command.countryCode());
        this.programmeId = command.programmeId();
    }

    /** Applies edits; returns true when the name key changed (search must be re-indexed). */
    boolean apply(StudentChanges changes) {
        String oldKey = nameKey;
        rename(changes.givenName(), changes.familyName(), changes.preferredName());
        this.dateOfBirth = changes.dateOfBirth();
        this.email = StudentRules.optional(changes.email());
        this.phone = StudentRules.optional(changes.phone());
        this.addressLine = StudentRules.optional(changes.addressLine());
        this.city = StudentRules.optional(changes.city());
        this.postalCode = StudentRules.optional(changes.postalCode());
        this.countryCode = StudentRules.optional(changes.countryCode());
        this.programmeId = changes.programmeId();
        return !nameKey.equals(oldKey);
    }

    private void rename(String given, String family, String preferred) {
        this.givenName = given.strip();
        this.familyName = family.strip();
        this.preferredName = StudentRules.optional(preferred);
        this.nameKey = NameKeys.personKey(familyName, givenName, preferredName);
    }

    void changeStatus(StudentStatus newStatus) {
        this.status = newStatus;
    }

    void moveToSection(Long newSectionId) {
        this.sectionId = newSectionId;
    }

    String studentNumber() {
        return studentNumber;
    }

    String nameKey() {
        return nameKey;
    }

    LocalDate admissionDate() {
        return admissionDate;
    }

    StudentView toView() {
        return new StudentView(getId(), studentNumber, givenName, familyName, preferredName, nameKey, dateOfBirth,
                email, phone, addressLine, city, postalCode, countryCode, status, admissionDate, programmeId,
                sectionId, getVersion());
    }
}
