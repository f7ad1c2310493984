package org.studenthub.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Every public core method that acts for a caller (takes a {@link CollegeContext}) starts by checking the
 * caller's permission with {@link CollegeContext#require} or {@link CollegeContext#requireCollegeWide}: the
 * services of every feature, the student search, CSV import and export. The call must be in the method's
 * own body, before any other call: a lambda compiles to a separate method, so a check inside the
 * transaction's lambda does not count (and would come after the transaction opened). Helpers that are handed
 * an open connection or session are called from inside such guarded methods and are left out.
 */
class ServiceGuardsTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.studenthub.core");
    private static final Set<String> GUARDS = Set.of("require", "requireCollegeWide");

    @Test
    void everyPublicMethodTakingACollegeContextStartsWithAPermissionCheck() {
        methods().that().arePublic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackages(
                        // the plumbing that carries the context: transactions, the context itself, security
                        "org.studenthub.core.db..", "org.studenthub.core.tenancy..", "org.studenthub.core.security..")
                .and(takeACollegeContext())
                .and(DescribedPredicate.not(workInsideAnOpenTransaction()))
                .should(startWithAPermissionCheck())
                .check(CORE);
    }

    /**
     * Helpers handed a JDBC connection or a Hibernate session (the audit writer, the bulk upsert) run inside a
     * transaction that a guarded entry point opened; they are not entry points themselves.
     */
    private static DescribedPredicate<JavaMethod> workInsideAnOpenTransaction() {
        return DescribedPredicate.describe("work inside an open transaction", method -> method.getRawParameterTypes()
                .stream().anyMatch(type -> type.isAssignableTo(java.sql.Connection.class)
                        || type.isAssignableTo(org.hibernate.Session.class)));
    }

    private static DescribedPredicate<JavaMethod> takeACollegeContext() {
        return DescribedPredicate.describe("take a CollegeContext", method -> method.getRawParameterTypes().stream()
                .anyMatch(type -> type.isEquivalentTo(CollegeContext.class)));
    }

    private static ArchCondition<JavaMethod> startWithAPermissionCheck() {
        return new ArchCondition<>("start by calling CollegeContext.require or requireCollegeWide") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                Set<JavaCall<?>> calls = method.getCallsFromSelf();
                Optional<JavaCall<?>> guard = calls.stream().filter(ServiceGuardsTest::isGuard)
                        .min(Comparator.comparingInt(JavaAccess::getLineNumber));
                Optional<JavaCall<?>> first = calls.stream().min(Comparator.comparingInt(JavaAccess::getLineNumber));
                if (guard.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName()
                            + " does not call CollegeContext.require or requireCollegeWide in its own body"));
                } else if (guard.get().getLineNumber() > first.get().getLineNumber()) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " calls "
                            + first.get().getTarget().getFullName() + " (line " + first.get().getLineNumber()
                            + ") before checking the permission (line " + guard.get().getLineNumber() + ")"));
                } else {
                    events.add(SimpleConditionEvent.satisfied(method, method.getFullName() + " checks first"));
                }
            }
        };
    }

    private static boolean isGuard(JavaCall<?> call) {
        return call.getTargetOwner().isEquivalentTo(CollegeContext.class) && GUARDS.contains(call.getName());
    }
}
