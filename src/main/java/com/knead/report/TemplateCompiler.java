package com.knead.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/** Build step: compiles every {@code .jrxml} in a folder to a {@code .jasper} beside the classes. */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TemplateCompiler SOURCE_DIR OUTPUT_DIR");
        }
        Path source = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Files.createDirectories(output);
        List<Path> templates;
        try (Stream<Path> files = Files.list(source)) {
            templates = files.filter(p -> p.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path template : templates) {
            String name = template.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            JasperCompileManager.compileReportToFile(template.toString(), output.resolve(name).toString());
        }
        System.out.println("Compiled " + templates.size() + " report template(s) into " + output);
    }
}
