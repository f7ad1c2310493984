package org.studenthub.core.db;

import java.util.List;

/**
 * Every Hibernate entity of StudentHub, in one place. A new entity is added here; the schema
 * validation at start then checks it against the Flyway-managed tables.
 */
final class EntityCatalog {
    static final List<Class<?>> ENTITIES = List.of(
            org.studenthub.core.college.College.class,
            org.studenthub.core.department.Department.class,
            // student records (core.student)
            org.studenthub.core.student.Student.class,
            org.studenthub.core.student.Guardian.class);

    private EntityCatalog() {}
}
