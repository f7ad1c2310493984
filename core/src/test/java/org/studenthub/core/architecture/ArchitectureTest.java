package org.studenthub.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.studenthub.core.common.HeadlessImaging;

/** Rules for the production code of core that the compiler alone does not enforce. */
class ArchitectureTest {
    /** The drawing classes of java.awt that work without a display. */
    private static final Set<String> HEADLESS_AWT = Set.of("java.awt.Graphics", "java.awt.Graphics2D",
            "java.awt.Color", "java.awt.RenderingHints", "java.awt.Image", "java.awt.Transparency",
            "java.awt.AlphaComposite", "java.awt.Composite", "java.awt.Paint", "java.awt.Shape", "java.awt.Rectangle");
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.studenthub.core");

    @Test
    void coreHasNoUserInterfaceCode() {
        noClasses().that().areNotAnnotatedWith(HeadlessImaging.class)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..")
                .check(CORE);
    }

    /** A class marked {@link HeadlessImaging} processes pictures; it still opens no window and uses no toolkit. */
    @Test
    void imagingClassesUseOnlyHeadlessImaging() {
        noClasses().that().areAnnotatedWith(HeadlessImaging.class)
                .should().dependOnClassesThat(userInterfaceClasses())
                .check(CORE);
    }

    private static DescribedPredicate<JavaClass> userInterfaceClasses() {
        return DescribedPredicate.describe("are user interface classes (JavaFX, Swing, AWT beyond 2D imaging)",
                type -> {
                    String pkg = type.getPackageName();
                    if (pkg.startsWith("javafx") || pkg.startsWith("javax.swing")) {
                        return true;
                    }
                    boolean imaging = pkg.equals("java.awt.image") || pkg.equals("java.awt.geom")
                            || pkg.equals("java.awt.color")
                            || HEADLESS_AWT.contains(type.getName().replaceFirst("\\$.*", ""));
                    return pkg.startsWith("java.awt") && !imaging;
                });
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
