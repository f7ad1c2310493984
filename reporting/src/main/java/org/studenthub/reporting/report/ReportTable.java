package org.studenthub.reporting.report;

import java.util.List;

/**
 * One table of a report, already in words: every cell is text formatted for the report's locale.
 *
 * @param title   what the table shows (a heading above it; the first line of its block in a CSV file)
 * @param layout  how the PDF template sets out the columns (CSV ignores it)
 * @param columns the column headings, left to right
 * @param rows    the cells of each row, as many as columns
 */
public record ReportTable(String title, Layout layout, List<String> columns, List<List<String>> rows) {
    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " cells in a table of " + columns.size()
                        + " columns: " + title);
            }
        }
    }

    /**
     * The column slots of the PDF template (A4 portrait, 535 points wide); a PDF table has at most five columns.
     * Slot widths in points, left to right; figures are right-aligned.
     */
    public enum Layout {
        /** Names and labels, then figures: 180 L, 120 L, 80 L, 70 R, 70 R. */
        FIGURES,
        /** Students with points: 55 L (number), 140 L (name), 175 L, 105 L, 45 R (total). */
        POINTS,
        /** People: 55 L (number), 150 L (name), 190 L (contact), 55 L, 65 R (a date). */
        PEOPLE;

        public static final int COLUMNS = 5;
    }
}
