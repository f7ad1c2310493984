package org.studenthub.core.department;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.studenthub.core.common.BaseEntity;

/** An academic department of a college. References to other records are held by id. */
@Entity
@Table(name = "department")
public class Department extends BaseEntity {
    @Column(nullable = false, length = 32, updatable = false)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private DepartmentStatus status = DepartmentStatus.ACTIVE;

    @Column(name = "head_teacher_id")
    private Long headTeacherId;

    protected Department() {}

    Department(String code, String name) {
        this.code = code;
        this.name = name;
    }

    void rename(String newName) {
        this.name = newName;
    }

    void changeStatus(DepartmentStatus newStatus) {
        this.status = newStatus;
    }

    void assignHead(Long teacherId) {
        this.headTeacherId = teacherId;
    }

    DepartmentView toView() {
        return new DepartmentView(getId(), code, name, status, headTeacherId, getVersion());
    }
}
