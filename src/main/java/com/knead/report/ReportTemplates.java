package com.knead.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * The compiled report templates, read from {@code /reports/NAME.jasper} on the classpath the first
 * time each is needed and kept for the life of the application. The build compiles the
 * {@code .jrxml} sources; nothing is compiled at run time. Safe to use from several threads: a
 * template is read once even when a print and {@link #preload()} ask for it at the same moment.
 */
public final class ReportTemplates {

    public static final String RECEIPT = "receipt";
    public static final String END_OF_DAY = "end-of-day";
    public static final String INTAKE = "intake";
    public static final String Z_REPORT = "z-report";
    public static final String Z_REPORT_ROLL = "z-report-80mm";
    public static final String SALES = "sales-report";

    private static final List<String> ALL = List.of(RECEIPT, END_OF_DAY, INTAKE, Z_REPORT, Z_REPORT_ROLL, SALES);

    private final ConcurrentMap<String, JasperReport> loaded = new ConcurrentHashMap<>();
    /** Where the compiled templates are read from; null for the classpath. */
    private final Path folder;

    /** The templates the build compiled, from the classpath. */
    public ReportTemplates() {
        this.folder = null;
    }

    /** Templates read from {@code folder/NAME.jasper} instead: a test's broken copy, for one. */
    public ReportTemplates(Path folder) {
        this.folder = folder;
    }

    /**
     * The compiled template of that name, read from the classpath on first use.
     *
     * @throws ReportFailure if the template is missing or unreadable (a broken build)
     */
    public JasperReport get(String name) {
        return loaded.computeIfAbsent(name, this::load);
    }

    /**
     * Reads every known template now, so the first receipt of the day does not wait for it. Meant
     * for a background thread at start-up.
     *
     * @throws ReportFailure if a template is missing or unreadable
     */
    public void preload() {
        ALL.forEach(this::get);
    }

    private InputStream open(String resource) throws IOException {
        if (folder == null) {
            return ReportTemplates.class.getResourceAsStream(resource);
        }
        Path file = Path.of(resource);
        return Files.exists(file) ? Files.newInputStream(file) : null;
    }

    /** Fills a template with display-ready parameters and rows. */
    JasperPrint fill(String name, Map<String, Object> parameters, JRDataSource rows) {
        JasperReport template = get(name);
        try {
            return JasperFillManager.fillReport(template, parameters, rows);
        } catch (JRException | RuntimeException e) {
            throw new ReportFailure("Could not fill the " + name + " report: " + e.getMessage(), e);
        }
    }

    private JasperReport load(String name) {
        String resource = folder == null ? "/reports/" + name + ".jasper" : folder.resolve(name + ".jasper").toString();
        try (InputStream in = open(resource)) {
            if (in == null) {
                throw new ReportFailure("Report template " + resource + (folder != null ? " is missing."
                        : " is not on the classpath; the build compiles reports/" + name
                        + ".jrxml to it in the process-classes phase."));
            }
            Object template = JRLoader.loadObject(in);
            if (!(template instanceof JasperReport report)) {
                throw new ReportFailure(resource + " holds a " + template.getClass().getName()
                        + ", not a compiled report.");
            }
            return report;
        } catch (JRException | IOException e) {
            throw new ReportFailure("Could not read report template " + resource + ": " + e.getMessage(), e);
        }
    }
}
