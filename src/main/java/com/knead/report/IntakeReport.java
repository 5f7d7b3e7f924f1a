package com.knead.report;

import com.knead.domain.Clearance;
import com.knead.domain.Clinic;
import com.knead.domain.Consent;
import com.knead.domain.ClientDetails;
import com.knead.domain.Intake;
import com.knead.domain.IntakeForm;
import com.knead.domain.IntakeQuestion;
import com.knead.domain.RedFlag;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * The therapist's intake summary ({@code reports/intake.jrxml}): the client, the intake version,
 * red flags first with the visit's physician clearance, the body map with the pain marked, every
 * answer given and the signed consent. The body map arrives as an image drawn by the caller (the
 * kiosk's own body map can draw itself).
 */
public final class IntakeReport {

    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final ReportTemplates templates;

    public IntakeReport(ReportTemplates templates) {
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /** The filled summary, ready to print or export; {@code clearance} is the visit's latest clearance record. */
    public JasperPrint fill(Clinic clinic, ClientDetails client, Intake intake, Optional<Clearance> clearance,
                            IntakeForm form, String consent, BufferedImage bodyMap, LocalDate today) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ClinicName", clinic.name());
        parameters.put("Demo", clinic.demo());
        parameters.put("ClientName", client.contact().name().strip());
        parameters.put("ClientLine", "Born " + BIRTH.format(client.dateOfBirth()) + " (age "
                + Period.between(client.dateOfBirth(), today).getYears() + ") · phone " + client.contact().phone()
                + (client.email().isBlank() ? "" : " · " + client.email()));
        parameters.put("VersionLine", "Intake version " + intake.version() + ", given "
                + ReportFormat.dateTime(intake.createdAt(), clinic.zone()));
        parameters.put("RedFlags", intake.redFlags().stream().map(RedFlag::reason).collect(Collectors.joining("; ")));
        parameters.put("Clearance", clearance.map(c -> "PHYSICIAN CLEARANCE: " + c.summary() + " (recorded "
                + ReportFormat.dateTime(c.recordedAt(), clinic.zone()) + ")")
                .orElse(intake.redFlagged() ? "PHYSICIAN CLEARANCE: none recorded when this summary was printed; "
                        + "the desk records it before the session starts." : ""));
        parameters.put("ClearanceTone", clearance.map(c -> switch (c.kind()) {
            case CLEARED -> "cleared";
            case WAIVED -> "waived";
            case NONE -> "missing";
        }).orElse(intake.redFlagged() ? "missing" : "none"));
        parameters.put("Pain", intake.answers().pain().isEmpty() ? "Nothing marked."
                : intake.answers().pain().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().label() + ": " + e.getValue())
                .collect(Collectors.joining("\n")));
        parameters.put("BodyMap", bodyMap);
        // A typed consent has no image to show; the line below says which way it was given.
        parameters.put("Signature", intake.signature().drawn() ? image(intake.signature().png()) : null);
        parameters.put("SignedLine", Consent.howGiven(intake.signature(),
                ReportFormat.dateTime(intake.signature().signedAt(), clinic.zone())));
        parameters.put("Consent", consent);
        return templates.fill(ReportTemplates.INTAKE, parameters, new JRMapCollectionDataSource(rows(intake, form)));
    }

    /** Writes the summary as a PDF, creating the folder if needed; the file appears whole or not at all. */
    public void writePdf(Clinic clinic, ClientDetails client, Intake intake, Optional<Clearance> clearance,
                         IntakeForm form, String consent, BufferedImage bodyMap, LocalDate today, Path pdf) {
        PdfFile.write(fill(clinic, client, intake, clearance, form, consent, bodyMap, today), pdf);
    }

    /** One row per question answered, in the form's order; unanswered questions are left out. */
    private static List<Map<String, ?>> rows(Intake intake, IntakeForm form) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (IntakeQuestion question : form.questions()) {
            String answer = question.readable(intake.answers().answer(question.code()).orElse(""));
            if (!answer.isEmpty()) {
                rows.add(Map.of("section", question.section().heading().replaceFirst(":.*", ""),
                        "question", question.prompt(), "answer", answer));
            }
        }
        return rows;
    }

    private static BufferedImage image(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new ReportFailure("The stored signature is not an image.");
            }
            return image;
        } catch (IOException e) {
            throw new ReportFailure("The stored signature could not be read: " + e.getMessage(), e);
        }
    }
}
