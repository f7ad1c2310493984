package org.studenthub.reporting.report;

import java.util.List;
import java.util.Locale;
import net.sf.jasperreports.renderers.Renderable;

/**
 * A report as words and tables, before it becomes a PDF or a CSV file. A spreadsheet wants every value in a
 * column of its own; a page has room for five: so a report may give the PDF narrower tables of its own.
 *
 * @param title     the report's title
 * @param college   the college's name
 * @param facts     lines under the title: the period, the filter, the scope reached, who made it and when
 * @param tables    the tables of the CSV file, in order
 * @param pdfTables the tables of the PDF, at most five columns each; empty to show {@code tables}
 * @param chart     a chart shown under the facts in the PDF, or null
 * @param note      a closing remark (how the figures are counted), or null
 * @param locale    the language and formats of the words
 */
public record ReportDocument(String title, String college, List<String> facts, List<ReportTable> tables,
                             List<ReportTable> pdfTables, Renderable chart, String note, Locale locale) {
    public ReportDocument {
        facts = List.copyOf(facts);
        tables = List.copyOf(tables);
        pdfTables = List.copyOf(pdfTables);
        for (ReportTable table : pdfTables.isEmpty() ? tables : pdfTables) {
            if (table.columns().size() > ReportTable.Layout.COLUMNS) {
                throw new IllegalArgumentException("a PDF table has at most five columns: " + table.title());
            }
        }
    }

    /** The tables the PDF shows. */
    public List<ReportTable> pagesTables() {
        return pdfTables.isEmpty() ? tables : pdfTables;
    }
}
