package org.studenthub.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Rules for the production code of core that the compiler alone does not enforce. */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.studenthub.core");

    @Test
    void coreHasNoUserInterfaceCode() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
                .check(CORE);
    }

    @Test
    void coreNeverPrintsToTheConsoleOrUsesJavaUtilLogging() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CORE);
        NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(CORE);
        noClasses().should().callMethod(Throwable.class, "printStackTrace").check(CORE);
    }

    @Test
    void coreDoesNotReachIntoTheApplication() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.studenthub.app..", "picocli..")
                .check(CORE);
    }

    @Test
    void featuresDoNotDependOnImportExportOrDemoCode() {
        noClasses().that().resideOutsideOfPackages("org.studenthub.core.transfer..", "org.studenthub.core.demo..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.studenthub.core.transfer..", "org.studenthub.core.demo..")
                .check(CORE);
    }
}
