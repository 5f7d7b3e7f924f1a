package com.knead.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.Approval;
import com.knead.domain.BodyRegion;
import com.knead.domain.Clearance;
import com.knead.domain.ClientDetails;
import com.knead.domain.ContactDetails;
import com.knead.domain.Ids;
import com.knead.domain.Intake;
import com.knead.domain.IntakeAnswers;
import com.knead.domain.IntakeForm;
import com.knead.domain.IntakeQuestion;
import com.knead.domain.RedFlag;
import com.knead.domain.RedFlagRule;
import com.knead.domain.Signature;
import com.knead.ui.touch.BodyMapPicture;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntakeReportTest {

    private static final IntakeReport INTAKE = new IntakeReport(new ReportTemplates());
    private static final Instant GIVEN = Instant.parse("2026-11-20T14:05:00Z");

    @TempDir
    Path folder;

    private static final IntakeForm FORM = new IntakeForm(List.of(
            new IntakeQuestion("how_long", IntakeQuestion.Section.PAIN, "How long have you had this pain?",
                    IntakeQuestion.Kind.ONE, IntakeQuestion.parseChoices("acute=Under 6 weeks|chronic=Over 3 months"), 1),
            new IntakeQuestion("worse_with", IntakeQuestion.Section.PAIN, "What makes it worse?",
                    IntakeQuestion.Kind.MANY, IntakeQuestion.parseChoices("sitting=Sitting|stress=Stress"), 2),
            new IntakeQuestion("numbness", IntakeQuestion.Section.HEALTH, "Numbness or tingling",
                    IntakeQuestion.Kind.YES_NO, List.of(), 1),
            new IntakeQuestion("fever", IntakeQuestion.Section.HEALTH, "Fever", IntakeQuestion.Kind.YES_NO, List.of(), 2),
            new IntakeQuestion("medications", IntakeQuestion.Section.HEALTH, "Medications you take (if any)",
                    IntakeQuestion.Kind.TEXT, List.of(), 3)),
            List.of(new RedFlagRule("numb", "Numbness or tingling with severe pain", "numbness=yes;pain>=7")));

    private static byte[] signaturePng() throws IOException {
        BufferedImage image = new BufferedImage(400, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 120);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(4));
        g.drawPolyline(new int[] {20, 120, 220, 380}, new int[] {90, 30, 100, 40}, 4);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    @Test
    void theSummaryShowsRedFlagsPainAnswersAndTheSignature() throws IOException {
        IntakeAnswers answers = new IntakeAnswers(Map.of("how_long", "chronic", "worse_with", "sitting,stress",
                "numbness", "yes", "medications", "Warfarin 5 mg"), Map.of(BodyRegion.LOWER_BACK, 8, BodyRegion.NECK, 3));
        List<RedFlag> flags = FORM.redFlags(answers);
        Intake intake = new Intake(Ids.next(), Ids.next(), 2, answers, flags, new Signature(signaturePng(), GIVEN), GIVEN);
        ClientDetails ada = new ClientDetails(new ContactDetails("Ada Lovelace", "5551234567"), "ada@example.com",
                LocalDate.of(1975, 12, 10));
        Path pdf = folder.resolve("intake-summary.pdf");

        INTAKE.writePdf(SampleSales.clinic(true), ada, intake, Optional.empty(), FORM, "I agree to receive massage.",
                BodyMapPicture.image(answers.pain(), 600, 670), LocalDate.of(2026, 11, 20), pdf);

        PdfReadback read = PdfReadback.of(pdf);
        assertThat(read.text()).containsSubsequence(
                "Intake summary",
                "Ada Lovelace",
                "Born 10 Dec 1975 (age 50) · phone 5551234567 · ada@example.com",
                "Intake version 2, given 20 Nov 2026",
                "RED FLAGS: speak with the client before the massage. Numbness or tingling with severe",
                "Where it hurts (0–10)",
                "Neck: 3",
                "Lower back: 8",
                "About your pain",
                "How long have you had this pain? Over 3 months",
                "What makes it worse? Sitting, Stress",
                "Your health",
                "Numbness or tingling Yes",
                "Medications you take (if any) Warfarin 5 mg",
                "Consent",
                "I agree to receive massage.",
                "Signed 20 Nov 2026");
        assertThat(read.text()).doesNotContain("Fever");
        assertThat(imagesOnPageOne(pdf)).as("the body map and the signature").isEqualTo(2);
    }

    @Test
    void anIntakeWithoutRedFlagsHasNoRedFlagBox() throws IOException {
        IntakeAnswers answers = new IntakeAnswers(Map.of("how_long", "acute"), Map.of());
        Intake intake = new Intake(Ids.next(), Ids.next(), 1, answers, List.of(), new Signature(signaturePng(), GIVEN),
                GIVEN);
        ClientDetails grace = new ClientDetails(new ContactDetails("Grace Hopper", "5557654321"), "",
                LocalDate.of(1956, 12, 9));
        Path pdf = folder.resolve("intake-summary-no-flags.pdf");
        INTAKE.writePdf(SampleSales.clinic(true), grace, intake, Optional.empty(), FORM, "I agree.",
                BodyMapPicture.image(Map.of(), 600, 670),
                LocalDate.of(2026, 11, 20), pdf);
        String text = PdfReadback.of(pdf).text();
        assertThat(text).contains("Grace Hopper", "Nothing marked.", "Under 6 weeks").doesNotContain("RED FLAGS")
                .doesNotContain("DEMO");
    }

    @Test
    void aDemoClinicsIntakeSummarySaysDemo() throws IOException {
        IntakeAnswers answers = new IntakeAnswers(Map.of("how_long", "acute"), Map.of());
        Intake intake = new Intake(Ids.next(), Ids.next(), 1, answers, List.of(), new Signature(signaturePng(), GIVEN),
                GIVEN);
        ClientDetails grace = new ClientDetails(new ContactDetails("Grace Hopper", "5557654321"), "",
                LocalDate.of(1956, 12, 9));
        Path pdf = folder.resolve("intake-summary-demo.pdf");
        INTAKE.writePdf(DemoPaperTest.demo(SampleSales.clinic(true)), grace, intake, Optional.empty(), FORM, "I agree.",
                BodyMapPicture.image(Map.of(), 600, 670), LocalDate.of(2026, 11, 20), pdf);
        assertThat(PdfReadback.of(pdf).text()).containsSubsequence(
                "DEMO — not a real client. The demo clinic's intake is for trying Knead.", "Grace Hopper");
    }

    @Test
    void aRecordedClearanceShowsUnderTheRedFlags() throws IOException {
        Clearance cleared = Clearance.cleared(Ids.next(), "Dr. Rosa Díaz", "2026-11-19", "letter on file; avoid the calves",
                LocalDate.of(2026, 11, 20), GIVEN.plusSeconds(600));
        String text = flaggedSummary(Optional.of(cleared), "intake-summary-cleared.pdf");
        assertThat(text).containsSubsequence(
                "RED FLAGS: speak with the client before the massage.",
                "PHYSICIAN CLEARANCE: Cleared by Dr. Rosa Díaz on 19 Nov 2026. Note: letter on file; avoid the",
                "(recorded 20 Nov 2026 09:15)",
                "Where it hurts (0–10)");
        assertThat(text).doesNotContain("none recorded");
    }

    @Test
    void aRedFlagWithoutClearanceSaysSoAndAWaiverSaysWhoApproved() throws IOException {
        assertThat(flaggedSummary(Optional.empty(), "intake-summary-no-clearance.pdf")).containsSubsequence(
                "RED FLAGS:", "PHYSICIAN CLEARANCE: none recorded when this summary was printed", "Where it hurts");
        assertThat(flaggedSummary(Optional.of(Clearance.none(Ids.next(), "will see her GP on Monday", GIVEN)),
                "intake-summary-none.pdf")).containsSubsequence(
                "PHYSICIAN CLEARANCE: Not cleared: the client has no physician clearance. Note: will see her GP");
        Clearance waived = Clearance.waived(Ids.next(), "surgery was on the knee; back and neck only",
                new Approval(Ids.next(), "Olivia Park"), GIVEN);
        assertThat(flaggedSummary(Optional.of(waived), "intake-summary-waived.pdf")).containsSubsequence(
                "PHYSICIAN CLEARANCE: Not cleared by a physician; Olivia Park approved going ahead without a",
                "surgery was on the knee; back and neck only");
    }

    @Test
    void anIntakeWithoutRedFlagsShowsNoClearanceLine() throws IOException {
        Intake intake = new Intake(Ids.next(), Ids.next(), 1, new IntakeAnswers(Map.of("how_long", "acute"), Map.of()),
                List.of(), new Signature(signaturePng(), GIVEN), GIVEN);
        Path pdf = folder.resolve("intake-summary-no-flags-clearance.pdf");
        INTAKE.writePdf(SampleSales.clinic(true), new ClientDetails(new ContactDetails("Grace Hopper", "5557654321"), "",
                LocalDate.of(1956, 12, 9)), intake, Optional.empty(), FORM, "I agree.",
                BodyMapPicture.image(Map.of(), 600, 670), LocalDate.of(2026, 11, 20), pdf);
        assertThat(PdfReadback.of(pdf).text()).contains("Grace Hopper").doesNotContain("CLEARANCE");
    }

    /** The summary of an intake with the numbness red flag and the given clearance, as text on one line. */
    private String flaggedSummary(Optional<Clearance> clearance, String file) throws IOException {
        IntakeAnswers answers = new IntakeAnswers(Map.of("numbness", "yes"), Map.of(BodyRegion.LOWER_BACK, 8));
        Intake intake = new Intake(Ids.next(), Ids.next(), 1, answers, FORM.redFlags(answers),
                new Signature(signaturePng(), GIVEN), GIVEN);
        Path pdf = folder.resolve(file);
        INTAKE.writePdf(SampleSales.clinic(true), new ClientDetails(new ContactDetails("Ada Lovelace", "5551234567"), "",
                LocalDate.of(1975, 12, 10)), intake, clearance, FORM, "I agree.",
                BodyMapPicture.image(answers.pain(), 600, 670), LocalDate.of(2026, 11, 20), pdf);
        return PdfReadback.of(pdf).text().replace('\n', ' ');
    }

    private static int imagesOnPageOne(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int count = 0;
            for (var name : document.getPage(0).getResources().getXObjectNames()) {
                if (document.getPage(0).getResources().getXObject(name) instanceof PDImageXObject) {
                    count++;
                }
            }
            return count;
        }
    }
}
