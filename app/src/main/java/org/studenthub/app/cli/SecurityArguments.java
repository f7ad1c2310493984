package org.studenthub.app.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.studenthub.app.I18n;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.Role;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Role and permission codes on the command line ({@code head_of_department}, {@code student.read}). */
final class SecurityArguments {
    private SecurityArguments() {}

    /** A role code; "-" may stand for "_" and case does not matter. */
    static final class RoleConverter implements ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            return Role.fromCode(value.strip().toLowerCase(Locale.ROOT).replace('-', '_'))
                    .orElseThrow(() -> new TypeConversionException(I18n.tr("cli.role.unknown", value,
                            Arrays.stream(Role.values()).map(Role::code).collect(Collectors.joining(", ")))));
        }
    }

    /** A permission code such as {@code student.read}. */
    static final class PermissionConverter implements ITypeConverter<Permission> {
        @Override
        public Permission convert(String value) {
            return Permission.fromCode(value.strip().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> new TypeConversionException(I18n.tr("cli.permission.unknown", value,
                            Arrays.stream(Permission.values()).map(Permission::code).collect(Collectors.joining(", ")))));
        }
    }
}
