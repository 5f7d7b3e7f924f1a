package com.knead.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.Aftercare;
import com.knead.domain.Clinic;
import com.knead.domain.Sale;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.assertj.swing.exception.WaitTimedOutError;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A receipt printed through the operating system's print system: scripts/test installs CUPS with
 * cups-pdf and a queue called PDF (see TOOLCHAIN.md), Knead prints to it like to a thermal printer,
 * and this test finds the PDF that cups-pdf wrote. cups-pdf draws text as outlines, so the printout
 * is checked as a picture: rendered at one resolution beside Knead's own PDF of the receipt, it must
 * show the same strokes in the same places. The cash drawer's kick goes to a raw queue, Capture,
 * whose backend (scripts/cups/knead-capture) keeps the bytes it receives, and is read back exactly.
 */
class CupsPrintTest {

    static final String QUEUE = "PDF";
    /** A raw queue whose backend (scripts/cups/knead-capture) keeps each job's bytes as a file. */
    static final String CAPTURE = "Capture";
    private static final Path CAPTURED = Path.of("/var/spool/knead-capture");
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path data;

    @Test
    void receiptPrintsOnTheCupsPdfQueueAndItsCopyIsKept() throws Exception {
        assertThat(ReceiptPrinter.queues())
                .as("a CUPS queue called PDF; scripts/test sets it up (as root) as TOOLCHAIN.md says")
                .contains(QUEUE);
        Clinic clinic = SampleSales.clinic(true);
        Sale sale = SampleSales.deepTissuePaidInCash(clinic);
        Path out = cupsPdfFolder();
        List<Path> before = pdfs(out);
        Instant asked = Instant.now().minusSeconds(1);

        ReceiptDelivery delivery = new ReceiptDelivery(new ReceiptReport(new ReportTemplates()), new PdfCopies(data),
                new ReceiptPrinter());
        ReceiptDelivery.Delivered delivered = delivery.deliver(clinic, sale, Aftercare.standard(), Optional.of(QUEUE));

        assertThat(delivered.problem()).isEmpty();
        assertThat(delivered.printed()).isTrue();
        assertThat(delivered.pdf()).contains(data.resolve("receipts/receipt-000042.pdf"));
        assertThat(data.resolve("receipts/receipt-000042.pdf")).isNotEmptyFile();

        Path printed = waitForNewPdf(out, before, asked);
        try (PDDocument document = Loader.loadPDF(printed.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = document.getPage(0).getMediaBox();
            // The page is what the receipt asked for: a narrow roll, far narrower than Letter or A4.
            assertThat(page.getWidth()).as("page width in pt").isBetween(200f, 240f);
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 72);
            assertThat(darkPixels(image)).as("ink on the printed receipt").isGreaterThan(500);
            Path preview = Path.of(System.getProperty("knead.test.output", "target"), "report-previews");
            Files.createDirectories(preview);
            javax.imageio.ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 150), "png",
                    preview.resolve("receipt-printed-by-cups.png").toFile());
        }

        // What came out of the printer is the receipt Knead kept as PDF, drawn for drawn: every solid
        // stroke of one page has ink next to it on the other. The same comparison must tell this
        // receipt from one that differs in a single digit, or it would prove nothing.
        Ink printedInk = Ink.of(printed);
        assertThat(printedInk.strokesMissingFrom(Ink.of(data.resolve("receipts/receipt-000042.pdf"))))
                .as("strokes that differ between the printout and Knead's receipt-000042.pdf")
                .isLessThanOrEqualTo(Ink.SAME);
        Sale receipt43 = SampleSales.sale(clinic, "Ada Client", 43, SampleSales.FRIDAY_AFTERNOON,
                List.of(SampleSales.line("Deep tissue, 60 min", SampleSales.DEEP_TISSUE, 60, "85.00", 1)),
                List.of(SampleSales.cash("100.00")));
        ReceiptReport report = new ReceiptReport(new ReportTemplates());
        Path other = data.resolve("receipt-000043.pdf");
        report.writePdf(report.fill(clinic, receipt43, Aftercare.standard()), other);
        assertThat(printedInk.strokesMissingFrom(Ink.of(other)))
                .as("the comparison tells receipt 000042 from 000043").isGreaterThan(Ink.SAME);
    }

    @Test
    void anUnknownQueueGivesAPlainSentenceAndKeepsThePdf() {
        Clinic clinic = SampleSales.clinic(true);
        Sale sale = SampleSales.deepTissuePaidInCash(clinic);
        ReceiptDelivery delivery = new ReceiptDelivery(new ReceiptReport(new ReportTemplates()), new PdfCopies(data),
                new ReceiptPrinter());

        ReceiptDelivery.Delivered gone = delivery.deliver(clinic, sale, Aftercare.standard(), Optional.of("Unplugged"));
        assertThat(gone.printed()).isFalse();
        assertThat(gone.problem()).contains("The printer \"Unplugged\" is not available on this computer. Check that "
                + "it is switched on and installed, or choose another printer. It is saved and its PDF is kept; "
                + "reprint receipt 000042 any time.");
        assertThat(data.resolve("receipts/receipt-000042.pdf")).isNotEmptyFile();

        ReceiptDelivery.Delivered none = delivery.deliver(clinic, sale, Aftercare.standard(), Optional.empty());
        assertThat(none.problem()).contains("No receipt printer is chosen, so receipt 000042 was not printed; its PDF "
                + "is saved. The owner chooses one in the Office.");
    }

    @Test
    void drawerKickReachesThePrinterAsExactlyTheFiveEscPosBytes() throws Exception {
        assertThat(ReceiptPrinter.queues())
                .as("a raw CUPS queue called Capture; scripts/test sets it up (as root)")
                .contains(CAPTURE);
        List<Path> before = jobs(CAPTURED);

        new ReceiptPrinter().kickDrawer(CAPTURE);

        Path job = waitForNewJob(CAPTURED, before);
        // ESC p 0 25 250, written out here rather than taken from ReceiptPrinter, and nothing else:
        // no header, no form feed, no conversion by a filter.
        assertThat(Files.readAllBytes(job)).as("the bytes the printer received (%s)", job)
                .containsExactly(0x1B, 0x70, 0x00, 0x19, 0xFA);
    }

    @Test
    void drawerKickToAnUnknownQueueIsSaidPlainly() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ReceiptPrinter().kickDrawer("Unplugged"))
                .isInstanceOf(ReceiptPrinter.PrintFailure.class)
                .hasMessage("The printer \"Unplugged\" is not available, so the cash drawer could not be opened.");
        assertThat(ReceiptPrinter.DRAWER_KICK).containsExactly(0x1B, 0x70, 0x00, 0x19, 0xFA);
    }

    private static List<Path> jobs(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".bin")).toList();
        }
    }

    /** Waits, bounded, for the capture backend to keep a job it did not have before (it writes whole files). */
    private static Path waitForNewJob(Path folder, List<Path> before) {
        Path[] found = new Path[1];
        try {
            Pause.pause(new Condition("the capture backend keeps the drawer kick") {
                @Override
                public boolean test() {
                    try {
                        found[0] = jobs(folder).stream().filter(p -> !before.contains(p)).findFirst().orElse(null);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return found[0] != null;
                }
            }, Timeout.timeout(WAIT.toMillis()));
        } catch (WaitTimedOutError e) {
            throw new AssertionError("The Capture queue kept no job in " + folder + " within " + WAIT.toSeconds()
                    + " s; see /var/log/cups/error_log", e);
        }
        return found[0];
    }

    /** cups-pdf's output folder for this user ({@code Out ${HOME}/PDF} in Debian's cups-pdf.conf). */
    private static Path cupsPdfFolder() throws IOException {
        String home = System.getProperty("user.home");
        Path conf = Path.of("/etc/cups/cups-pdf.conf");
        if (Files.isReadable(conf)) {
            for (String line : Files.readAllLines(conf)) {
                if (line.startsWith("Out ")) {
                    return Path.of(line.substring(4).strip().replace("${HOME}", home));
                }
            }
        }
        return Path.of(home, "PDF");
    }

    private static List<Path> pdfs(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).toList();
        }
    }

    /** Waits, bounded, until cups-pdf has finished writing a new PDF of our job. */
    private static Path waitForNewPdf(Path folder, List<Path> before, Instant asked) {
        Path[] found = new Path[1];
        try {
            Pause.pause(new Condition("cups-pdf writes the receipt PDF") {
                @Override
                public boolean test() {
                    found[0] = newPdf(folder, before, asked);
                    return found[0] != null;
                }
            }, Timeout.timeout(WAIT.toMillis()));
        } catch (WaitTimedOutError e) {
            throw new AssertionError("cups-pdf wrote no receipt PDF to " + folder + " within " + WAIT.toSeconds()
                    + " s; see /var/log/cups/error_log", e);
        }
        return found[0];
    }

    private static Path newPdf(Path folder, List<Path> before, Instant asked) {
        try {
            for (Path pdf : pdfs(folder)) {
                if (!before.contains(pdf) && pdf.getFileName().toString().contains("receipt-000042")
                        && Files.getLastModifiedTime(pdf).toInstant().isAfter(asked) && isWhole(pdf)) {
                    return pdf;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isWhole(Path pdf) {
        try (PDDocument ignored = Loader.loadPDF(pdf.toFile())) {
            return true;
        } catch (IOException stillBeingWritten) {
            return false;
        }
    }

    /**
     * A page as darkness (0 white to 255 black) at {@link #DPI}. The print path draws glyphs a
     * little thinner or bolder than the PDF (hinting, anti-aliasing), so pages are compared by their
     * strokes' cores: where one page is solidly dark, the other must have some ink close by.
     */
    record Ink(int[][] dark, int width, int height) {
        static final int DPI = 200;

        static Ink of(Path pdf) throws IOException {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, DPI);
                int[][] dark = new int[image.getHeight()][image.getWidth()];
                for (int y = 0; y < image.getHeight(); y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        int rgb = image.getRGB(x, y);
                        dark[y][x] = 255 - ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                    }
                }
                return new Ink(dark, image.getWidth(), image.getHeight());
            }
        }

        /** Most stroke pixels in any 16 × 16 window (2 mm) that may differ on two renderings of one page. */
        static final int SAME = 2;
        private static final int SOLID = 128;
        private static final int SOME = 64;
        private static final int WINDOW = 16;

        /**
         * The most solid pixels, within any {@link #WINDOW}-pixel square, that one of the two pages
         * has with no ink at all within a pixel of them on the other: 0 for the same page drawn
         * twice, about 10 for one changed digit.
         */
        int strokesMissingFrom(Ink other) {
            return Math.max(strayStrokes(other), other.strayStrokes(this));
        }

        private int strayStrokes(Ink other) {
            int[][] stray = new int[height + 1][width + 1]; // summed over the rectangle above and left
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int here = dark[y][x] >= SOLID && !other.inkNear(x, y) ? 1 : 0;
                    stray[y + 1][x + 1] = here + stray[y][x + 1] + stray[y + 1][x] - stray[y][x];
                }
            }
            int worst = 0;
            for (int y = WINDOW; y <= height; y++) {
                for (int x = WINDOW; x <= width; x++) {
                    worst = Math.max(worst, stray[y][x] - stray[y - WINDOW][x] - stray[y][x - WINDOW]
                            + stray[y - WINDOW][x - WINDOW]);
                }
            }
            return worst;
        }

        private boolean inkNear(int x, int y) {
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int yy = y + dy;
                    int xx = x + dx;
                    if (yy >= 0 && yy < height && xx >= 0 && xx < width && dark[yy][xx] >= SOME) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (grey < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
