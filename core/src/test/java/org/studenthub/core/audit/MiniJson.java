package org.studenthub.core.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parses the flat JSON objects the audit payloads are made of, for assertions. */
final class MiniJson {
    private final String text;
    private int at;

    MiniJson(String text) {
        this.text = text;
    }

    Map<String, Object> object() {
        Map<String, Object> values = new LinkedHashMap<>();
        expect('{');
        if (peek() == '}') {
            at++;
            return values;
        }
        do {
            String key = string();
            expect(':');
            values.put(key, value());
        } while (next() == ',');
        return values;
    }

    private Object value() {
        char c = peek();
        if (c == '{') {
            return object();
        }
        if (c == '"') {
            return string();
        }
        int start = at;
        while (at < text.length() && ",}".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        String word = text.substring(start, at).strip();
        return switch (word) {
            case "null" -> null;
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> word.contains(".") ? (Object) Double.valueOf(word) : (Object) Integer.valueOf(word);
        };
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (text.charAt(at) != '"') {
            char c = text.charAt(at++);
            if (c == '\\') {
                char e = text.charAt(at++);
                out.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 'u' -> {
                        char u = (char) Integer.parseInt(text.substring(at, at + 4), 16);
                        at += 4;
                        yield u;
                    }
                    default -> e;
                });
            } else {
                out.append(c);
            }
        }
        at++;
        return out.toString();
    }

    private void expect(char c) {
        if (next() != c) {
            throw new IllegalArgumentException("expected " + c + " at " + at + " in " + text);
        }
    }

    private char next() {
        char c = peek();
        at++;
        return c;
    }

    private char peek() {
        while (Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return text.charAt(at);
    }
}
