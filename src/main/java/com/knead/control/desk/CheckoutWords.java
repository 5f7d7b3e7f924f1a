package com.knead.control.desk;

import com.knead.domain.Clinic;
import com.knead.domain.Money;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleLine;
import com.knead.domain.SaleTotals;
import com.knead.domain.Tender;
import com.knead.domain.TenderRules;
import com.knead.domain.Visit;
import java.util.ArrayList;
import java.util.List;

/** How the checkout says a visit and its sale: the words the cashier reads, worked out in one place. */
final class CheckoutWords {

    /** How many quick-cash amounts the desk offers. */
    static final int QUICK_CASH = 3;

    private final Clinic clinic;

    CheckoutWords(Clinic clinic) {
        this.clinic = clinic;
    }

    String title(Visit visit) {
        if (visit == null) {
            return "Choose a visit in the queue.";
        }
        return "No. " + visit.queueNumber() + " · " + visit.clientName() + (visit.redFlag() ? "  ⚑ red flag" : "");
    }

    String service(Visit visit) {
        if (visit == null) {
            return " ";
        }
        return visit.serviceDescription() + (visit.therapistName() == null ? "" : " · " + visit.therapistName())
                + (visit.room() == null ? "" : " · " + visit.room());
    }

    /** The sale's lines beyond the visit's own service (its first line). */
    List<String> items(SaleDraft draft) {
        List<String> items = new ArrayList<>();
        List<SaleLine> lines = draft.lines();
        for (SaleLine line : lines.subList(draft.visitId() == null ? 0 : Math.min(1, lines.size()), lines.size())) {
            items.add(line.description() + "  " + line.amount().plain());
        }
        return items;
    }

    List<String> payments(SaleDraft draft) {
        List<String> payments = new ArrayList<>();
        for (Tender tender : draft.payments()) {
            payments.add(tender.kind().label() + "  " + tender.amount().plain()
                    + (tender.reference().isEmpty() ? "" : "  · " + tender.reference()));
        }
        return payments;
    }

    /** "Total USD 102.00 (with tip 17.00)". */
    String total(SaleTotals totals) {
        String tip = totals.tip().isPositive() ? " (with tip " + totals.tip().plain() + ")" : "";
        return "Total " + clinic.currency().getCurrencyCode() + " " + totals.amountDue().plain() + tip;
    }

    /** "Includes tax 4.05 (5%)", or "Tax 4.05 (5%) added" where tax comes on top. */
    String tax(SaleTotals totals) {
        String rate = totals.taxRate().stripTrailingZeros().toPlainString() + "%";
        return clinic.tax().inclusive() ? "Includes tax " + totals.tax().plain() + " (" + rate + ")"
                : "Tax " + totals.tax().plain() + " (" + rate + ") added";
    }

    /** What the discount and tip come to: "Discount 25% (complaint) −21.25 (needs a manager's or the owner's PIN) · Tip 5.00". */
    String adjustments(SaleDraft draft, SaleTotals totals) {
        StringBuilder text = new StringBuilder();
        if (totals.discount().isPositive()) {
            text.append(draft.discount().label()).append(" −").append(totals.discount().plain());
            if (draft.discountNeedsApproval()) {
                text.append(" (needs a manager's or the owner's PIN)");
            }
        }
        if (totals.tip().isPositive()) {
            text.append(text.length() > 0 ? " · " : "").append("Tip ").append(totals.tip().plain());
        }
        return text.length() == 0 ? " " : text.toString();
    }

    /** The quick-cash amounts as their buttons say them: "40", "50", "100". */
    List<String> quickCash(Money due) {
        List<String> amounts = new ArrayList<>();
        for (Money amount : TenderRules.quickCash(due, QUICK_CASH)) {
            amounts.add(amount.amount().stripTrailingZeros().toPlainString());
        }
        return amounts;
    }
}
