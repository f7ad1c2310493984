package org.studenthub.core.demo;

import java.util.List;

/**
 * The demo generator's name pools, for tools that fill a database with many students in one SQL
 * statement (the benchmark harness). Family names come most common first: the generator draws
 * index {@code floor(size * u * u)} for a uniform {@code u}, so the head of the list is frequent.
 *
 * @param male   male given names
 * @param female female given names
 * @param family family names, most common first
 */
public record DemoNamePools(List<String> male, List<String> female, List<String> family) {

    /** The Italian pools (even college index) or the English ones. */
    public static DemoNamePools of(boolean italian) {
        DemoNames names = DemoNames.forLanguage(italian);
        return new DemoNamePools(names.male(), names.female(), names.family());
    }
}
