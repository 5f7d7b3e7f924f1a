package com.knead.app;

import com.knead.store.DatabaseFile;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.BodyRegion;
import com.knead.domain.ClientDetails;
import com.knead.domain.ContactDetails;
import com.knead.domain.IntakeAnswers;
import com.knead.domain.KioskCheckIn;
import com.knead.domain.Modality;
import com.knead.domain.Pressure;
import com.knead.domain.PriceList;
import com.knead.domain.SessionNote;
import com.knead.domain.Signature;
import com.knead.domain.StaffMember;
import com.knead.domain.Visit;
import com.knead.store.DemoSeed;
import com.knead.store.Stores;
import com.knead.usecase.PinCheck;
import com.knead.usecase.SessionNotes;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code knead client find} and {@code knead client show} on a folder with one kiosk client and a
 * signed session note: the listing, the record as text, the A4 PDF read back, plain one-line errors,
 * and {@code knead verify} naming a note edited with SQL.
 */
class ClientCommandTest {

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int knead(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        picocli.CommandLine cli = Main.commandLine(args);
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(out, true));
        return cli.execute(args);
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    /** Nora Quinn checks in at the kiosk and Maya signs a note of her session; returns Nora's number. */
    private UUID noraWithANote() {
        try (Stores stores = Stores.open(dir.resolve("data"))) {
            Instant now = Instant.now();
            PriceList prices = stores.catalog().priceListOn(stores.clinic().businessDay(now));
            Modality swedish = prices.modalities().stream().filter(m -> m.name().equals("Swedish")).findFirst()
                    .orElseThrow();
            Visit visit = stores.intakes().checkIn(new KioskCheckIn(new ClientDetails(ContactDetails.of("Nora Quinn",
                    "555 400 0001"), "", LocalDate.of(1980, 1, 1)), Optional.empty(), new IntakeAnswers(Map.of(
                    "pressure", "medium"), Map.of(BodyRegion.NECK, 3)), Optional.of(new Signature(new byte[] {1}, now)),
                    swedish, prices.price(swedish.id(), 60).orElseThrow(), List.of()), stores.intakes().form(), now);
            StaffMember maya = stores.staff().active().stream().filter(m -> m.name().equals(DemoSeed.DEMO_MAYA))
                    .findFirst().orElseThrow();
            Clock clock = Clock.systemUTC();
            new SessionNotes(stores.notes(), new PinCheck(stores.staff(), stores.audit(), clock, stores.clinic().zone()),
                    stores.audit(), clock).sign(new SessionNote.Draft(List.of(BodyRegion.NECK, BodyRegion.SHOULDERS),
                    List.of("Swedish"), Pressure.MEDIUM, "Relaxed by the end", "Neck tilts twice a day", 3,
                    "Tight left trapezius."), visit.clientId(), visit.id(), maya, DemoSeed.DEMO_MAYA_PIN, "desk");
            return visit.clientId();
        }
    }

    @Test
    void findThenShowAsTextAndAsAnA4Pdf() throws IOException {
        UUID nora = noraWithANote();

        assertThat(knead("client", "find", "nora", "--data", data())).as(err.toString()).isZero();
        assertThat(out.toString().lines()).containsExactly(
                nora + "  Nora Quinn  Born 1 Jan 1980 · phone 5554000001  · last visit "
                        + LocalDate.now(java.time.ZoneId.systemDefault()),
                "1 client. Show one with: knead client show ID");
        assertThat(knead("client", "find", "1999-09-09", "--data", data())).isZero();
        assertThat(out.toString()).isEqualTo("No client matches \"1999-09-09\".\n");

        assertThat(knead("client", "show", nora.toString(), "--data", data())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Visits:\n", "Swedish 60 min", "Intakes:\n", "Version 1: First intake",
                "Session notes:\n", "Areas: Neck, Shoulders. Techniques: Swedish. Pressure: Medium. Response: Relaxed "
                        + "by the end. Advice: Neck tilts twice a day. Plan: Rebook in 3 weeks. Tight left trapezius. "
                        + "Signed by Maya Chen on ", "Next visit:\n");

        Path pdf = dir.resolve("nora.pdf");
        assertThat(knead("client", "show", nora.toString(), "--pdf", pdf.toString(), "--data", data()))
                .as(err.toString()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(Math.round(page.getWidth())).isEqualTo(595);
            assertThat(Math.round(page.getHeight())).isEqualTo(842);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Nora Quinn", "Client history", "Session notes", "Rebook in 3 weeks",
                    "Signed by Maya Chen", "Swedish 60 min", "DEMO");
            Path previews = Path.of(System.getProperty("knead.test.output", "target"), "report-previews");
            java.nio.file.Files.createDirectories(previews);
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 100),
                    "png", previews.resolve("client-history.png").toFile());
        }
    }

    @Test
    void badNumbersGetOnePlainLineAndAnEditedNoteIsNamedByVerify() throws SQLException {
        UUID nora = noraWithANote();
        assertThat(knead("client", "show", "12", "--data", data())).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("knead: '12' is not a client number; 'knead client find TEXT' lists them");
        assertThat(knead("client", "show", UUID.randomUUID().toString(), "--data", data())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("knead: There is no client with that number.\n");

        assertThat(knead("verify", "--data", data())).as(out.toString()).isZero();
        try (Connection c = DatabaseFile.connect(dir.resolve("data")); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE session_note SET response = 'Complained' WHERE client_id = '" + nora + "'");
        }
        assertThat(knead("verify", "--data", data())).isEqualTo(1);
        assertThat(out.toString()).containsPattern("The session note signed .* UTC was changed after it was recorded.");
    }
}
