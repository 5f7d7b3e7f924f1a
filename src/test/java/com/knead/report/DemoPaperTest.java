package com.knead.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.Clinic;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A demo clinic's receipts say DEMO, so they can never be taken for a real sale; a real clinic's do
 * not. A clinic's logo is drawn on its receipts. (The end-of-day and intake PDFs: see their tests.)
 */
class DemoPaperTest {

    private static final ReceiptReport RECEIPT = new ReceiptReport(new ReportTemplates());

    @TempDir
    Path folder;

    static Clinic demo(Clinic real) {
        return new Clinic(real.name(), real.address(), real.phone(), real.currency(), real.tax(), real.zone(),
                LocalTime.MIDNIGHT, true, "");
    }

    @Test
    void aDemoClinicsReceiptSaysDemoAndARealOneDoesNot() throws IOException {
        Clinic real = SampleSales.clinic(true);
        Path realPdf = folder.resolve("receipt-real.pdf");
        RECEIPT.writePdf(real, SampleSales.deepTissuePaidInCash(real), realPdf);
        Path demoPdf = folder.resolve("receipt-demo.pdf");
        Clinic demo = demo(real);
        RECEIPT.writePdf(demo, SampleSales.deepTissuePaidInCash(demo), demoPdf);

        assertThat(PdfReadback.of(realPdf).text()).doesNotContain("DEMO");
        assertThat(PdfReadback.of(demoPdf).text()).containsSubsequence("Knead & Co. Massage", "DEMO — not a real sale",
                "Deep tissue, 60 min 85.00", "TOTAL USD 85.00");
    }

    @Test
    void aClinicsLogoIsDrawnOnItsReceipt() throws IOException {
        Path logo = folder.resolve("logo.png");
        BufferedImage picture = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 40);
        g.setColor(Color.BLACK);
        g.fillOval(40, 0, 40, 40);
        g.dispose();
        ImageIO.write(picture, "png", logo.toFile());
        Clinic plain = SampleSales.clinic(true);
        Clinic withLogo = plain.withLogo(logo.toString());

        Path without = folder.resolve("receipt-no-logo.pdf");
        RECEIPT.writePdf(plain, SampleSales.deepTissuePaidInCash(plain), without);
        Path with = folder.resolve("receipt-logo.pdf");
        RECEIPT.writePdf(withLogo, SampleSales.deepTissuePaidInCash(withLogo), with);

        assertThat(PdfReadback.imagesOnFirstPage(without)).isZero();
        assertThat(PdfReadback.imagesOnFirstPage(with)).isEqualTo(1);
        assertThat(PdfReadback.of(with).text()).containsSubsequence("Knead & Co. Massage", "Receipt 000042");
        // a logo file gone from the data folder leaves the receipt printable, without it
        Path gone = folder.resolve("receipt-logo-gone.pdf");
        Clinic missing = plain.withLogo(folder.resolve("nothing.png").toString());
        RECEIPT.writePdf(missing, SampleSales.deepTissuePaidInCash(missing), gone);
        assertThat(PdfReadback.imagesOnFirstPage(gone)).isZero();
    }
}
