package org.studenthub.core.transfer.csv;

/**
 * Guards against CSV formula injection (OWASP): on export a cell starting with {@code = + - @},
 * tab or carriage return gets a leading single quote so spreadsheets show it as text; on import
 * that quote is removed again, so an exported file re-imports to the same values.
 */
public final class SpreadsheetSafety {
    private SpreadsheetSafety() {}

    /** The cell as it should be written to a file that spreadsheets may open. */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return isTrigger(value.charAt(0)) ? "'" + value : value;
    }

    /** The value a neutralised cell stood for. */
    public static String restore(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && isTrigger(cell.charAt(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
