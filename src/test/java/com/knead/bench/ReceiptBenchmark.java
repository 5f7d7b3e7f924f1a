package com.knead.bench;

import com.knead.domain.CardReference;
import com.knead.domain.Clinic;
import com.knead.domain.Discount;
import com.knead.domain.Ids;
import com.knead.domain.Money;
import com.knead.domain.ReceiptNumber;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleLine;
import com.knead.domain.TaxPolicy;
import com.knead.domain.Tender;
import com.knead.report.ReceiptReport;
import com.knead.report.ReportTemplates;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Receipt benchmark: from a finished sale to a print-ready document (the receipt filled from its
 * precompiled template and exported as PDF bytes, which is what goes to the printer queue and the
 * PDF copy).
 *
 * <ul>
 *   <li>first receipt after start: a fresh JVM per sample, timed from its main() to the PDF bytes,
 *       once cold and once after the warm-up Knead runs in the background while the desk opens
 *       (templates loaded, one throw-away receipt laid out);</li>
 *   <li>warm: p50/p95 over many receipts in one JVM.</li>
 * </ul>
 * The baseline, measured in the same run the same way, is the same receipt written as plain text
 * lines (what a raw ESC/POS printer could take): the floor any receipt costs. Figures are reported as
 * milliseconds and as ratios to the baseline. Run with {@code scripts/bench-receipt [FIRST_RUNS] [WARM_RUNS]}.
 */
public final class ReceiptBenchmark {

    private static final Currency USD = Currency.getInstance("USD");

    private ReceiptBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].startsWith("--first")) {
            firstInThisJvm(args[0].equals("--first-preloaded"));
            return;
        }
        int firstRuns = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int warmRuns = args.length > 1 ? Integer.parseInt(args[1]) : 300;

        List<Double> cold = new ArrayList<>();
        List<Double> preloaded = new ArrayList<>();
        List<Double> coldBaseline = new ArrayList<>();
        for (int i = 0; i < firstRuns; i++) {
            cold.add(child("--first"));
            preloaded.add(child("--first-preloaded"));
            coldBaseline.add(child("--first-baseline"));
        }
        System.out.println("first receipt after JVM start (" + firstRuns + " fresh JVMs each, ms):");
        System.out.println("  receipt, template loaded on demand : " + fmt(cold) + "  median " + ms(median(cold)));
        System.out.println("  receipt, desk warmed up at start   : " + fmt(preloaded) + "  median " + ms(median(preloaded)));
        System.out.println("  baseline (plain text receipt)      : " + fmt(coldBaseline) + "  median " + ms(median(coldBaseline)));

        ReceiptReport report = new ReceiptReport(new ReportTemplates());
        Clinic clinic = clinic();
        for (int i = 0; i < 50; i++) {
            pdf(report, clinic, sale(clinic, i));
            text(clinic, sale(clinic, i));
        }
        double[] jasper = new double[warmRuns];
        double[] plain = new double[warmRuns];
        for (int i = 0; i < warmRuns; i++) {
            // Alternate the two, each on a new sale (different numbers and amounts).
            Sale sale = sale(clinic, 1000 + i);
            long t0 = System.nanoTime();
            pdf(report, clinic, sale);
            long t1 = System.nanoTime();
            text(clinic, sale);
            long t2 = System.nanoTime();
            jasper[i] = (t1 - t0) / 1e6;
            plain[i] = (t2 - t1) / 1e6;
        }
        Arrays.sort(jasper);
        Arrays.sort(plain);
        System.out.println("warm, " + warmRuns + " receipts in one JVM (ms):");
        System.out.printf("  receipt  p50 %.2f  p95 %.2f%n", pct(jasper, 50), pct(jasper, 95));
        System.out.printf("  baseline p50 %.3f  p95 %.3f%n", pct(plain, 50), pct(plain, 95));
        System.out.printf("ratios to the baseline: first (warmed up) %.1fx, warm p50 %.0fx%n",
                median(preloaded) / median(coldBaseline), pct(jasper, 50) / Math.max(pct(plain, 50), 1e-6));
        System.out.printf("goals: first <= 400 ms (%s: %.0f ms warmed up, %.0f ms cold), warm p50 <= 50 ms (%s: %.2f ms)%n",
                median(preloaded) <= 400 ? "met" : "NOT met", median(preloaded), median(cold),
                pct(jasper, 50) <= 50 ? "met" : "NOT met", pct(jasper, 50));
    }

    /** In a fresh JVM: the time from main() to the first receipt's PDF bytes, printed for the parent. */
    private static void firstInThisJvm(boolean preload) throws Exception {
        long start = System.nanoTime();
        Clinic clinic = clinic();
        ReportTemplates templates = new ReportTemplates();
        if (preload) {
            templates.preload();
            new ReceiptReport(templates).warmUp(clinic);
            start = System.nanoTime(); // the desk warms up while it opens; the cashier's wait starts here
        }
        Sale sale = sale(clinic, 1);
        if (System.getProperty("baseline") != null) {
            text(clinic, sale);
        } else {
            pdf(new ReceiptReport(templates), clinic, sale);
        }
        System.out.println("ELAPSED_MS " + (System.nanoTime() - start) / 1e6);
    }

    private static double child(String mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path")));
        boolean baseline = mode.equals("--first-baseline");
        if (baseline) {
            command.add("-Dbaseline=true");
        }
        command.add(ReceiptBenchmark.class.getName());
        command.add(baseline ? "--first" : mode);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        double elapsed = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("ELAPSED_MS ")) {
                    elapsed = Double.parseDouble(line.substring(11));
                }
            }
        }
        if (process.waitFor() != 0 || elapsed < 0) {
            throw new IllegalStateException("benchmark child " + mode + " failed");
        }
        return elapsed;
    }

    private static byte[] pdf(ReceiptReport report, Clinic clinic, Sale sale) throws Exception {
        JasperPrint filled = report.fill(clinic, sale);
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        JasperExportManager.exportReportToPdfStream(filled, out);
        return out.toByteArray();
    }

    /** The baseline: the same receipt as 42-column text lines, as bytes. */
    private static byte[] text(Clinic clinic, Sale sale) {
        StringBuilder b = new StringBuilder(1024);
        b.append(clinic.name()).append('\n').append(clinic.address()).append('\n');
        b.append(String.format("Receipt %s %s%n", sale.receiptNumber(), sale.createdAt()));
        for (SaleLine line : sale.lines()) {
            b.append(String.format("%-32s%10s%n", line.description(), line.amount().plain()));
        }
        b.append(String.format("%-32s%10s%n", "Discount", sale.totals().discount().plain()));
        b.append(String.format("%-32s%10s%n", "Tax", sale.totals().tax().plain()));
        b.append(String.format("%-32s%10s%n", "TOTAL", sale.totals().total().plain()));
        for (Tender tender : sale.tenders()) {
            b.append(String.format("%-32s%10s%n", tender.kind().label(), tender.amount().plain()));
        }
        b.append(String.format("%-32s%10s%n", "Change", sale.changeDue().plain()));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Clinic clinic() {
        return new Clinic("Knead Demo Clinic", "12 Willow Lane, Springfield", "555-0100", USD,
                new TaxPolicy(new BigDecimal("5"), true, RoundingMode.HALF_UP), ZoneId.of("America/New_York"));
    }

    /** A typical sale: a session and an add-on, a 10% discount, a card and cash. */
    private static Sale sale(Clinic clinic, int n) {
        Money session = Money.of(BigDecimal.valueOf(8000 + n % 100, 2), USD);
        SaleDraft draft = new SaleDraft(clinic, UUID.randomUUID(), "Client " + n)
                .therapist(UUID.randomUUID(), "Maya Chen")
                .addLine(new SaleLine("Deep tissue, 60 min", UUID.randomUUID(), 60, session, 1))
                .addLine(new SaleLine("Aromatherapy", null, 0, Money.of("15.00", USD), 1))
                .discount(Discount.percent(BigDecimal.TEN, "regular client"));
        Money due = draft.totals().amountDue();
        Money card = Money.of("50.00", USD);
        draft.addTender(Tender.card(card, new CardReference("AB" + (1000 + n % 9000), "4242")))
                .addTender(Tender.cash(due.minus(card).plus(Money.of("5.00", USD))));
        return draft.complete(Ids.next(), new ReceiptNumber(n + 1L), Instant.now());
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return pct(sorted, 50);
    }

    private static double pct(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String fmt(List<Double> values) {
        return values.stream().map(ReceiptBenchmark::ms).toList().toString();
    }

    private static String ms(double value) {
        return String.format("%.0f", value);
    }
}
