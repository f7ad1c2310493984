package org.studenthub.core.db;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names of StudentHub's PostgreSQL roles. Roles are cluster-wide, so every name carries the
 * installation's prefix (by default derived from the database name): two StudentHub databases on one
 * server, such as test and production, never share a role.
 * <ul>
 *   <li>{@code <prefix>_owner}: owns every object; migrations run as this role.</li>
 *   <li>{@code <prefix>_policy}: owns the functions row-level security policies call.</li>
 *   <li>{@code <prefix>_usermgr}: CREATEROLE; owns only the user-management functions.</li>
 *   <li>{@code <prefix>_gate}: a login that may only report failed sign-ins (public password).</li>
 *   <li>{@code <prefix>_<role>}: one group role per application role, e.g. {@code studenthub_registrar}.</li>
 *   <li>{@code <login>@<prefix>}: one login per person, e.g. {@code mrossi@studenthub}.</li>
 * </ul>
 */
public record PostgresRoles(String prefix) {
    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{1,23}");

    public PostgresRoles {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("a role prefix is 2 to 24 lower-case letters, digits or _, "
                    + "starting with a letter: " + prefix);
        }
    }

    /** The default prefix for a database: its name, lower-cased, other characters replaced by _. */
    public static PostgresRoles forDatabase(String databaseName) {
        String cleaned = databaseName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0))) {
            cleaned = "sh_" + cleaned;
        }
        return new PostgresRoles(cleaned.length() > 24 ? cleaned.substring(0, 24) : cleaned);
    }

    /**
     * Password of the sign-in gate login. Public by design, not a secret: the gate may only report failed
     * sign-ins and ask how long to wait (schema V013), so knowing it grants nothing.
     */
    public static final String GATE_PASSWORD = "studenthub-gate";

    /** The sign-in gate login, which clients use to throttle failed sign-ins. */
    public String gate() {
        return prefix + "_gate";
    }

    public String owner() {
        return prefix + "_owner";
    }

    public String policy() {
        return prefix + "_policy";
    }

    public String userManager() {
        return prefix + "_usermgr";
    }

    /** The group role of an application role code such as {@code registrar}. */
    public String group(String roleCode) {
        return prefix + "_" + roleCode;
    }

    /** The database login of a StudentHub login name such as {@code mrossi}. */
    public String login(String loginName) {
        return loginName.contains("@") ? loginName : loginName + "@" + prefix;
    }

    /** The StudentHub login name of a database login ({@code mrossi@prefix} gives {@code mrossi}). */
    public String loginName(String databaseLogin) {
        String suffix = "@" + prefix;
        return databaseLogin.endsWith(suffix)
                ? databaseLogin.substring(0, databaseLogin.length() - suffix.length()) : databaseLogin;
    }

    /** Quotes a role name as a SQL identifier (role names contain {@code @}). */
    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
