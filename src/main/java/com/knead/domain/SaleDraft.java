package com.knead.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A sale being put together at the desk: lines and tenders, checked against the clinic's rules.
 * Turning it into a {@link Sale} needs the receipt number, which only the store hands out.
 */
public final class SaleDraft {

    private final Clinic clinic;
    private final UUID visitId;
    private final String clientName;
    private final List<SaleLine> lines = new ArrayList<>();
    private final List<Tender> tenders = new ArrayList<>();

    public SaleDraft(Clinic clinic, UUID visitId, String clientName) {
        this.clinic = Objects.requireNonNull(clinic, "clinic");
        this.visitId = visitId;
        this.clientName = clientName;
    }

    public static SaleDraft forVisit(Clinic clinic, Visit visit) {
        SaleDraft draft = new SaleDraft(clinic, visit.id(), visit.clientName());
        draft.addLine(SaleLine.forVisit(visit));
        return draft;
    }

    public SaleDraft addLine(SaleLine line) {
        if (!line.unitPrice().currency().equals(clinic.currency())) {
            throw new Refused("That price is in " + line.unitPrice().currency() + ", but the clinic charges in "
                    + clinic.currency() + ".");
        }
        lines.add(line);
        return this;
    }

    public SaleDraft addTender(Tender tender) {
        if (!tender.amount().currency().equals(clinic.currency())) {
            throw new Refused("That payment is in " + tender.amount().currency() + ", but the clinic takes "
                    + clinic.currency() + ".");
        }
        tenders.add(tender);
        return this;
    }

    public SaleDraft clearTenders() {
        tenders.clear();
        return this;
    }

    public UUID visitId() {
        return visitId;
    }

    public List<SaleLine> lines() {
        return List.copyOf(lines);
    }

    public List<Tender> tenders() {
        return List.copyOf(tenders);
    }

    public SaleTotals totals() {
        return SaleTotals.of(lines, clinic.tax(), clinic.currency());
    }

    public Settlement settlement() {
        return Settlement.of(totals().total(), tenders);
    }

    /** The finished sale, refused with a plain sentence unless it has lines and is fully paid. */
    public Sale complete(UUID id, ReceiptNumber number, java.time.Instant at) {
        if (lines.isEmpty()) {
            throw new Refused("There is nothing to sell yet: add a service first.");
        }
        Settlement settlement = settlement();
        if (!settlement.complete()) {
            throw new Refused("The payment is " + settlement.balanceDue().plain() + " short of the total "
                    + totals().total().plain() + ".");
        }
        return new Sale(id, number, visitId, clinic.businessDay(at), at, clientName, lines, totals(), tenders,
                settlement.changeDue());
    }
}
