package org.studenthub.core.teacher;

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

/** A member of teaching staff, attached to one department. */
@Entity
@Table(name = "teacher")
public class Teacher extends BaseEntity {
    @Column(name = "staff_number", nullable = false, length = 32, updatable = false)
    private String staffNumber;

    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Column(name = "name_key", nullable = false, length = 310)
    private String nameKey;

    @Column(length = 32)
    private String title;

    @Column(length = 254)
    private String email;

    @Column(length = 32)
    private String phone;

    @Column(name = "department_id", nullable = false)
    private long departmentId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private TeacherStatus status = TeacherStatus.ACTIVE;

    @Column(name = "hired_on")
    private LocalDate hiredOn;

    protected Teacher() {}

    Teacher(String staffNumber) {
        this.staffNumber = staffNumber;
    }

    void rename(String newGivenName, String newFamilyName) {
        this.givenName = newGivenName;
        this.familyName = newFamilyName;
        this.nameKey = NameKeys.personKey(newFamilyName, newGivenName, null);
    }

    void updateDetails(String newTitle, String newEmail, String newPhone, long newDepartmentId, LocalDate newHiredOn) {
        this.title = newTitle;
        this.email = newEmail;
        this.phone = newPhone;
        this.departmentId = newDepartmentId;
        this.hiredOn = newHiredOn;
    }

    void changeStatus(TeacherStatus newStatus) {
        this.status = newStatus;
    }

    /** The teacher's staff number, unique in the college. */
    public String getStaffNumber() {
        return staffNumber;
    }

    /** Whether the teacher still works at the college (active or on leave). */
    public boolean isEmployed() {
        return status == TeacherStatus.ACTIVE || status == TeacherStatus.ON_LEAVE;
    }

    TeacherView toView() {
        return new TeacherView(getId(), staffNumber, givenName, familyName, nameKey, title, email, phone, departmentId,
                status, hiredOn, getVersion());
    }
}
