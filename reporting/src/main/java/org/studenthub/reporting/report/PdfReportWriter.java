package org.studenthub.reporting.report;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import org.studenthub.reporting.template.Templates;

/**
 * Renders a {@link ReportDocument} with the {@code report} template (compiled at build time): the title block,
 * the chart, then each table as a group whose heading row is repeated on every page it spans. Rows are handed to
 * the template as maps: the table's number, title and layout, the headings {@code h1..h5} and cells
 * {@code c1..c5}, and {@code shade} for every other row.
 */
public final class PdfReportWriter {
    private static final String TEMPLATE = "report";

    private final Templates templates;

    public PdfReportWriter(Templates templates) {
        this.templates = templates;
    }

    /**
     * @param footer the line at the foot of every page (college, report, when it was made)
     */
    public void write(ReportDocument document, ReportTexts texts, String footer, OutputStream out) throws JRException {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TITLE", document.title());
        parameters.put("COLLEGE", document.college());
        parameters.put("FACTS", String.join("\n", document.facts()));
        parameters.put("CHART", document.chart());
        parameters.put("NOTE", document.note());
        parameters.put("FOOTER", footer);
        parameters.put("PAGE_OF", texts.tr("report.page"));
        parameters.put(JRParameter.REPORT_LOCALE, texts.locale());
        JasperPrint print = JasperFillManager.fillReport(templates.get(TEMPLATE), parameters,
                new JRMapCollectionDataSource(rows(document, texts)));
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(document.title());
        configuration.setMetadataAuthor(document.college());
        configuration.setMetadataCreator("StudentHub");
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }

    private static List<Map<String, ?>> rows(ReportDocument document, ReportTexts texts) {
        List<Map<String, ?>> rows = new ArrayList<>();
        int block = 0;
        for (ReportTable table : document.pagesTables()) {
            block++;
            if (table.rows().isEmpty()) {
                List<String> none = new ArrayList<>();
                none.add(texts.tr("report.none"));
                while (none.size() < table.columns().size()) {
                    none.add("");
                }
                rows.add(row(block, table, none, false));
            }
            boolean shade = false;
            for (List<String> cells : table.rows()) {
                rows.add(row(block, table, cells, shade));
                shade = !shade;
            }
        }
        return rows;
    }

    private static Map<String, Object> row(int block, ReportTable table, List<String> cells, boolean shade) {
        Map<String, Object> row = new HashMap<>();
        row.put("block", block);
        row.put("title", table.title());
        row.put("layout", table.layout().name());
        row.put("shade", shade);
        for (int i = 0; i < table.columns().size(); i++) {
            row.put("h" + (i + 1), table.columns().get(i));
            row.put("c" + (i + 1), cells.get(i));
        }
        return row;
    }
}
