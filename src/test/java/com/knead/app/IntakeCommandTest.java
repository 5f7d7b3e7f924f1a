package com.knead.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.BodyRegion;
import com.knead.domain.ClientDetails;
import com.knead.domain.IntakeAnswers;
import com.knead.domain.KioskCheckIn;
import com.knead.domain.Modality;
import com.knead.domain.Signature;
import com.knead.domain.Visit;
import com.knead.store.Stores;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code knead intake}: the therapist's intake summary of a kiosk check-in, or one plain line. */
class IntakeCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int knead(String... args) {
        CommandLine cli = Main.commandLine(args);
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void writesTheSummaryOfAVisitWithItsRedFlags() throws IOException {
        Path data = dir.resolve("data");
        Visit visit;
        try (Stores stores = Stores.open(data)) {
            Modality swedish = stores.catalog().priceList().modalities().get(0);
            ClientDetails ada = ClientDetails.of("Ada Lovelace", "5551234567", "", "10", "12", "1975", LocalDate.now());
            IntakeAnswers answers = new IntakeAnswers(Map.of("blood_clots", "yes", "pressure", "light"),
                    Map.of(BodyRegion.NECK, 4));
            visit = stores.intakes().checkIn(new KioskCheckIn(ada, Optional.empty(), answers,
                    Optional.of(new Signature(png(), Instant.now())), swedish,
                    stores.catalog().priceList().pricesOf(swedish.id()).get(0)), stores.intakes().form(), Instant.now());
        }
        Path pdf = dir.resolve("intake.pdf");
        assertThat(knead("intake", "--data", data.toString(), "--visit", String.valueOf(visit.queueNumber()),
                "--date", visit.businessDay().toString(), "--pdf", pdf.toString())).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Ada Lovelace", "RED FLAGS", "Blood clots",
                    "Neck: 4", "What pressure do you like?", "Light", "I agree to receive massage.");
        }

        assertThat(knead("intake", "--data", data.toString(), "--visit", "99", "--pdf", pdf.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("knead: Visit 99 of ").endsWith("without an intake.");
    }
}
