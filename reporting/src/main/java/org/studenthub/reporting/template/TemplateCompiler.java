package org.studenthub.reporting.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build step: compiles every {@code .jrxml} under a source folder to a {@code .jasper} file with the same relative
 * name in the output folder. Run by Maven in the {@code process-classes} phase, in a forked JVM that has the
 * module's class path and a Java compiler; the installed application only loads the compiled files
 * ({@link Templates}).
 */
public final class TemplateCompiler {
    private TemplateCompiler() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TemplateCompiler SOURCE_DIR OUTPUT_DIR");
        }
        Path source = Path.of(args[0]);
        Path output = Path.of(args[1]);
        List<Path> templates = templates(source);
        for (Path jrxml : templates) {
            compile(jrxml, output.resolve(jasperName(source.relativize(jrxml))));
        }
        System.out.printf("Compiled %d report template(s) to %s%n", templates.size(), output);
    }

    private static List<Path> templates(Path source) throws IOException {
        if (!Files.isDirectory(source)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(source)) {
            return files.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
        }
    }

    private static String jasperName(Path relative) {
        String name = relative.toString().replace('\\', '/');
        return name.substring(0, name.length() - ".jrxml".length()) + ".jasper";
    }

    private static void compile(Path jrxml, Path jasper) throws IOException {
        Files.createDirectories(jasper.getParent());
        try (InputStream in = Files.newInputStream(jrxml);
                OutputStream out = Files.newOutputStream(jasper)) {
            JasperCompileManager.compileReportToStream(in, out);
        } catch (JRException e) {
            throw new IllegalStateException("Report template " + jrxml + " does not compile: " + e.getMessage(), e);
        }
    }
}
