package org.studenthub.core.testing;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.studenthub.core.db.Vendor;

/** Runs each {@link DatabaseTest} once per vendor with a fresh, migrated database. */
final class DatabaseTestExtension implements TestTemplateInvocationContextProvider {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DatabaseTestExtension.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(m -> m.isAnnotationPresent(DatabaseTest.class)).orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(invocation(Vendor.H2), invocation(Vendor.POSTGRESQL));
    }

    private static TestTemplateInvocationContext invocation(Vendor vendor) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return vendor == Vendor.H2 ? "H2" : "PostgreSQL";
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new Resolver(vendor), (AfterEachCallback) ctx -> {
                    TestDatabase db = ctx.getStore(NAMESPACE).remove("db", TestDatabase.class);
                    if (db != null) {
                        db.close();
                    }
                });
            }
        };
    }

    private record Resolver(Vendor vendor) implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            TestDatabase db = TestDatabases.fresh(vendor);
            context.getStore(NAMESPACE).put("db", db);
            return db;
        }
    }
}
