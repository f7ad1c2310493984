package org.studenthub.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Rules for the application module. */
class AppArchitectureTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.studenthub.app");

    @Test
    void commandsWriteThroughTheRuntimeNotSystemOut() {
        noClasses().that().resideOutsideOfPackage("org.studenthub.app")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(APP);
    }

    @Test
    void noJavaUtilLoggingOrPrintedStackTraces() {
        NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(APP);
        noClasses().should().callMethod(Throwable.class, "printStackTrace").check(APP);
    }

    @Test
    void commandsUseServicesNotPersistenceDirectly() {
        noClasses().that().resideInAPackage("org.studenthub.app.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..")
                .check(APP);
    }
}
