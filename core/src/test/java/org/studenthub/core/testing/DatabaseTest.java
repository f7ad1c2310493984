package org.studenthub.core.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs twice: on a fresh embedded H2 file database and on a fresh database of a
 * real PostgreSQL server (embedded binaries, or the server named by {@code -Dpg.url=}). The
 * test method takes a {@link TestDatabase} parameter. If PostgreSQL cannot be had, the test fails.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@Tag("database")
@ExtendWith(DatabaseTestExtension.class)
public @interface DatabaseTest {}
