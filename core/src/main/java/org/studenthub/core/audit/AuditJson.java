package org.studenthub.core.audit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The payloads the core writes on the embedded database, in the shape the PostgreSQL triggers write:
 * {@code {"after":{...}}} for an insert (the row's non-null columns), {@code {"before":{...}}} for a delete
 * and {@code {"before":{...},"after":{...}}} with only the changed columns for an update. Keys are column
 * names; values are JSON strings, numbers, booleans or null.
 */
public final class AuditJson {
    private AuditJson() {}

    public static String inserted(Map<String, ?> after) {
        return "{\"after\":" + object(withoutNulls(after)) + "}";
    }

    public static String deleted(Map<String, ?> before) {
        return "{\"before\":" + object(withoutNulls(before)) + "}";
    }

    /** The changed columns before and after, or empty when no column changed. */
    public static Optional<String> updated(Map<String, ?> before, Map<String, ?> after) {
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> is = new LinkedHashMap<>();
        for (Map.Entry<String, ?> column : after.entrySet()) {
            Object old = before.get(column.getKey());
            if (!same(old, column.getValue())) {
                was.put(column.getKey(), old);
                is.put(column.getKey(), column.getValue());
            }
        }
        return was.isEmpty() ? Optional.empty()
                : Optional.of("{\"before\":" + object(was) + ",\"after\":" + object(is) + "}");
    }

    /** A JSON object of the given values, in their order. */
    public static String object(Map<String, ?> values) {
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<String, ?> value : values.entrySet()) {
            if (json.length() > 1) {
                json.append(',');
            }
            string(json, value.getKey());
            json.append(':');
            value(json, value.getValue());
        }
        return json.append('}').toString();
    }

    private static Map<String, Object> withoutNulls(Map<String, ?> values) {
        Map<String, Object> kept = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (value != null) {
                kept.put(key, value);
            }
        });
        return kept;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static void value(StringBuilder json, Object value) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof BigDecimal decimal) {
            json.append(decimal.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            json.append(value);
        } else if (value instanceof Enum<?> constant) {
            string(json, constant.name());
        } else {
            string(json, value.toString());
        }
    }

    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
