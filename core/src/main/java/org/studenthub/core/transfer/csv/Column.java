package org.studenthub.core.transfer.csv;

import java.util.List;

/**
 * One documented column of an import file.
 *
 * @param name     canonical name, also the header written on export
 * @param required whether the header must contain it
 * @param aliases  other accepted header names (compared case-insensitively)
 */
public record Column(String name, boolean required, List<String> aliases) {
    public Column {
        aliases = List.copyOf(aliases);
    }

    public static Column required(String name, String... aliases) {
        return new Column(name, true, List.of(aliases));
    }

    public static Column optional(String name, String... aliases) {
        return new Column(name, false, List.of(aliases));
    }
}
