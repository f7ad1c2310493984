package org.studenthub.app.cli;

import java.util.Locale;
import org.studenthub.app.AppServices;
import org.studenthub.core.calendar.AcademicYearView;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.department.DepartmentView;
import org.studenthub.core.section.SectionView;
import org.studenthub.core.security.Role;
import org.studenthub.core.security.Scope;
import org.studenthub.core.security.ScopeKind;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Grant scopes as people write them: {@code college}, {@code assigned}, {@code self},
 * {@code department:CODE}, {@code section:CODE} (current academic year) or {@code section:CODE@YEAR}.
 * Codes are looked up in the caller's college.
 */
final class ScopeArgument {
    private final AppServices services;
    private final CollegeContext context;

    ScopeArgument(AppServices services, CollegeContext context) {
        this.services = services;
        this.context = context;
    }

    /** The scope {@code text} names, or the role's default scope when {@code text} is null. */
    Scope parse(String text, Role role) {
        if (text == null || text.isBlank()) {
            if (role.defaultScope().needsId()) {
                throw new InvalidInputException("cli.scope.needed", role.code(), role.defaultScope().name()
                        .toLowerCase(Locale.ROOT));
            }
            return new Scope(role.defaultScope(), 0);
        }
        String value = text.strip();
        int colon = value.indexOf(':');
        String kind = (colon < 0 ? value : value.substring(0, colon)).toLowerCase(Locale.ROOT);
        String code = colon < 0 ? "" : value.substring(colon + 1).strip();
        return switch (kind) {
            case "college" -> Scope.COLLEGE;
            case "assigned" -> Scope.ASSIGNED;
            case "self" -> Scope.SELF;
            case "department" -> Scope.department(department(code));
            case "section" -> Scope.section(section(code));
            default -> throw new InvalidInputException("cli.scope.invalid", text);
        };
    }

    /** How a scope is shown: with department and section codes instead of ids. */
    String format(Scope scope) {
        if (scope.kind() == ScopeKind.DEPARTMENT) {
            return "department:" + services.departments().get(context, scope.id()).code();
        }
        if (scope.kind() == ScopeKind.SECTION) {
            SectionView section = services.sections().get(context, scope.id());
            return "section:" + section.code() + "@" + services.calendar().getYear(context, section.academicYearId()).code();
        }
        return scope.kind().name().toLowerCase(Locale.ROOT);
    }

    private long department(String code) {
        if (code.isEmpty()) {
            throw new InvalidInputException("cli.scope.invalid", "department:");
        }
        return services.departments().findByCode(context, code).map(DepartmentView::id)
                .orElseThrow(() -> new NotFoundException("department", code));
    }

    private long section(String spec) {
        int at = spec.lastIndexOf('@');
        String code = at < 0 ? spec : spec.substring(0, at);
        if (code.isEmpty()) {
            throw new InvalidInputException("cli.scope.invalid", "section:" + spec);
        }
        AcademicYearView year = at < 0
                ? services.calendar().currentYear(context).orElseThrow(() -> new InvalidInputException("cli.scope.no_year"))
                : services.calendar().findYear(context, spec.substring(at + 1))
                        .orElseThrow(() -> new NotFoundException("academic year", spec.substring(at + 1)));
        return services.sections().findByCode(context, year.id(), code).map(SectionView::id)
                .orElseThrow(() -> new NotFoundException("section", spec));
    }
}
