package org.studenthub.reporting.template;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * The report templates compiled at build time ({@link TemplateCompiler}), loaded once per process and shared:
 * a {@link JasperReport} is immutable and safe to fill from several threads.
 */
public final class Templates {
    private static final String FOLDER = "/org/studenthub/reporting/templates/";
    private final Map<String, JasperReport> loaded = new ConcurrentHashMap<>();

    /** The compiled template {@code name} (the JRXML file name without extension, e.g. {@code "portfolio"}). */
    public JasperReport get(String name) {
        return loaded.computeIfAbsent(name, Templates::load);
    }

    private static JasperReport load(String name) {
        String resource = FOLDER + name + ".jasper";
        try (InputStream in = Templates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Report template " + resource + " is missing from the build");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException | JRException e) {
            throw new IllegalStateException("Report template " + resource + " cannot be loaded", e);
        }
    }
}
