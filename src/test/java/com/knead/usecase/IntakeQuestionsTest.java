package com.knead.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.IntakeQuestionSetting;
import com.knead.domain.Refused;
import com.knead.domain.Visit;
import com.knead.report.ReportTemplates;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The owner rewords and hides intake questions: audited, refused plainly (a cashier, an empty wording, a question a
 * red-flag rule reads), and an old intake's summary still prints the wording its visitor was asked.
 */
class IntakeQuestionsTest extends OpenClinic {

    private final Instant now = Instant.parse("2026-12-02T10:00:00Z");
    private IntakeQuestions questions() {
        return new IntakeQuestions(stores, Clock.fixed(now, ZoneOffset.UTC));
    }

    private IntakeQuestionSetting question(List<IntakeQuestionSetting> all, String code) {
        return all.stream().filter(q -> q.question().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aQuestionRewordedLeavesTheOldIntakesSummaryWithTheOldWording() throws Exception {
        Visit before = redFlagCheckIn("Ina Before");
        int audited = auditCount();
        List<IntakeQuestionSetting> kept = questions().keep(owner(), "blood_clots",
                "  Have you ever had a blood clot  (thrombosis)? ", true);
        assertThat(question(kept, "blood_clots").question().prompt()).isEqualTo("Have you ever had a blood clot (thrombosis)?");
        assertThat(officeChangesSince(audited, owner(), now)).singleElement().satisfies(e -> assertThat(e.detail())
                .isEqualTo("intake question blood_clots: \"Blood clots\" → \"Have you ever had a blood clot (thrombosis)?\""));
        Visit after = redFlagCheckIn("Ned After");

        assertThat(summaryText(before)).contains("Blood clots").doesNotContain("thrombosis");
        assertThat(summaryText(after)).contains("Have you ever had a blood clot (thrombosis)?");
    }

    private String summaryText(Visit visit) throws Exception {
        IntakeSummary summary = new IntakeSummary(stores.clinic(), stores.intakes(), stores.clearances(),
                new com.knead.report.IntakeReport(new ReportTemplates()), new com.knead.report.PdfCopies(folder),
                (pain, width, height) -> new java.awt.image.BufferedImage(width, height,
                        java.awt.image.BufferedImage.TYPE_INT_RGB));
        Path pdf = summary.writeCopy(visit.businessDay(), visit.queueNumber());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aQuestionIsHiddenUnlessARuleReadsItAndNothingIsKeptOnARefusal() {
        int audited = auditCount();
        assertThatThrownBy(() -> questions().keep(owner(), "blood_clots", "Blood clots", false)).isInstanceOf(Refused.class)
                .hasMessage("The red-flag rule \"Blood clots\" reads this question; retire that rule on the Red flags tab "
                        + "before hiding it.");
        assertThatThrownBy(() -> questions().keep(owner(), "pressure", "   ", true))
                .hasMessage("Type the question as the visitor should read it.");
        assertThatThrownBy(() -> questions().keep(owner(), "pressure", "x".repeat(201), true))
                .hasMessage("The question is too long; 200 characters at most.");
        assertThatThrownBy(() -> questions().keep(owner(), "pressure", "What pressure do you like?", true))
                .hasMessage("Nothing changed: that is how the question stands.");
        assertThatThrownBy(() -> questions().keep(riley(), "pressure", "Pressure?", true))
                .hasMessageStartingWith("Riley Brooks (cashier) may not");
        assertThatThrownBy(() -> questions().keep(null, "pressure", "Pressure?", true))
                .hasMessage("The office is locked; unlock it first.");
        assertThat(auditCount()).isEqualTo(audited);

        List<IntakeQuestionSetting> kept = questions().keep(owner(), "pressure", "What pressure do you like?", false);
        assertThat(question(kept, "pressure").shown()).isFalse();
        assertThat(stores.intakes().form().questions()).noneMatch(q -> q.code().equals("pressure"));
        assertThat(officeChangesSince(audited, owner(), now)).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("intake question pressure: hidden"));
        assertThat(question(questions().keep(owner(), "pressure", "What pressure do you like?", true), "pressure").shown())
                .isTrue();
    }
}
