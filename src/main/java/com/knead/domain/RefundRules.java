package com.knead.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The rules for giving money back on a sale: a void only on the sale's own business day and only
 * while nothing of it was refunded; a refund never more than what was paid less what was already
 * given back, to the original tender (no more than it took) or in cash. Every refusal is a plain sentence.
 */
public final class RefundRules {

    private RefundRules() {
    }

    /** What the customer actually paid on the sale: every tender, less the change given back. */
    public static Money paid(Sale sale) {
        Money sum = Money.zero(sale.totals().total().currency());
        for (TenderKind kind : TenderKind.values()) {
            sum = sum.plus(sale.taken(kind));
        }
        return sum;
    }

    /**
     * A line's share of what was paid: its amount, with the sale's discount and added tax spread in
     * proportion; gift card and package lines count as sold.
     */
    public static Money lineShare(Sale sale, int line, Clinic clinic) {
        SaleLine chosen = sale.lines().get(line);
        if (!chosen.kind().taxable()) {
            return chosen.amount();
        }
        Money taxableLines = Money.zero(clinic.currency());
        Money untaxed = Money.zero(clinic.currency());
        for (SaleLine each : sale.lines()) {
            if (each.kind().taxable()) {
                taxableLines = taxableLines.plus(each.amount());
            } else {
                untaxed = untaxed.plus(each.amount());
            }
        }
        if (taxableLines.isZero()) {
            return taxableLines;
        }
        Money taxablePaid = sale.totals().total().minus(untaxed);
        BigDecimal share = chosen.amount().amount().multiply(taxablePaid.amount())
                .divide(taxableLines.amount(), MathContext.DECIMAL128);
        return Money.rounded(share, clinic.currency(), clinic.tax().rounding());
    }

    /**
     * The tax inside {@code amount} given back on the sale: the sale's tax in proportion to what was
     * paid, rounded as the clinic rounds tax. A refund of everything paid gives back all of the tax.
     */
    public static Money taxShare(Sale sale, Money amount, Clinic clinic) {
        Money paid = paid(sale);
        if (!paid.isPositive()) {
            return Money.zero(clinic.currency());
        }
        BigDecimal share = sale.totals().tax().amount().multiply(amount.amount())
                .divide(paid.amount(), MathContext.DECIMAL128);
        return Money.rounded(share, clinic.currency(), clinic.tax().rounding());
    }

    /** Voids the whole sale: refused unless it is the sale's business day and nothing was refunded yet. */
    public static Refund voidSale(Sale sale, List<Tender> alreadyBack, LocalDate today, String reason, Approval approval,
                                  UUID id, ReceiptNumber number, Instant at) {
        String why = requireReason(reason);
        Money alreadyRefunded = sum(alreadyBack, null, sale);
        if (!sale.businessDay().equals(today)) {
            throw new Refused("Receipt " + sale.receiptNumber() + " is from " + sale.businessDay()
                    + "; a sale can only be voided on its own day. Refund it instead.");
        }
        if (alreadyRefunded.isPositive()) {
            throw new Refused("Part of receipt " + sale.receiptNumber() + " was already refunded; refund the rest "
                    + "instead of voiding it.");
        }
        List<Tender> back = new ArrayList<>();
        for (Tender tender : sale.tenders()) {
            if (tender.kind() != TenderKind.CASH) {
                back.add(tender);
            }
        }
        Money cash = sale.taken(TenderKind.CASH);
        if (cash.isPositive()) {
            back.add(0, Tender.cash(cash));
        }
        if (back.isEmpty()) {
            throw new Refused("Nothing was paid on receipt " + sale.receiptNumber() + ", so there is nothing to void.");
        }
        return new Refund(id, number, Refund.Kind.VOID, sale.id(), sale.receiptNumber(), today, at, "Whole sale",
                back, why, approval);
    }

    /**
     * Refunds {@code amount} of the sale to {@code to}: cash, or a card, gift card or package the sale
     * was paid with (a gift card gets the amount back on it; a package gets its visit back, whole).
     */
    public static Refund refund(Sale sale, List<Tender> alreadyBack, Money amount, TenderKind to, String what,
                                String reason, Approval approval, UUID id, ReceiptNumber number, Instant at,
                                LocalDate today) {
        String why = requireReason(reason);
        Money alreadyRefunded = sum(alreadyBack, null, sale);
        if (!amount.isPositive()) {
            throw new Refused("A refund must be more than zero.");
        }
        Money left = paid(sale).minus(alreadyRefunded);
        if (amount.compareTo(left) > 0) {
            throw new Refused("A refund can never be more than what was paid: " + paid(sale).plain() + " was paid on receipt "
                    + sale.receiptNumber() + " and " + alreadyRefunded.plain() + " already given back, so at most "
                    + left.plain() + " can be refunded.");
        }
        String reference = "";
        if (to != TenderKind.CASH) {
            Tender original = sale.tenders().stream().filter(t -> t.kind() == to).findFirst()
                    .orElseThrow(() -> new Refused("Receipt " + sale.receiptNumber() + " was not paid by "
                            + to.label().toLowerCase() + "; refund in cash or to how it was paid."));
            Money leftOnIt = sale.taken(to).minus(sum(alreadyBack, to, sale));
            if (amount.compareTo(leftOnIt) > 0) {
                throw new Refused("Only " + leftOnIt.plain() + " of what was paid by " + to.label().toLowerCase()
                        + " is left to give back that way; give the rest back in cash.");
            }
            if (to == TenderKind.PACKAGE_CREDIT && amount.compareTo(leftOnIt) != 0) {
                // A visit is not divisible: the package gets the whole visit back, or nothing.
                throw new Refused("A package visit comes back whole: refund " + leftOnIt.plain()
                        + " to the package, or give part of it back in cash.");
            }
            reference = original.reference();
        }
        return new Refund(id, number, Refund.Kind.REFUND, sale.id(), sale.receiptNumber(), today, at,
                what == null || what.isBlank() ? "Part of the sale" : what.strip(),
                List.of(new Tender(to, amount, reference)), why, approval);
    }

    /** What was given back already, of one tender kind or (kind null) in all. */
    private static Money sum(List<Tender> back, TenderKind kind, Sale sale) {
        Money sum = Money.zero(sale.totals().total().currency());
        for (Tender tender : back) {
            if (kind == null || tender.kind() == kind) {
                sum = sum.plus(tender.amount());
            }
        }
        return sum;
    }

    private static String requireReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new Refused("Say why the money is given back, for example \"client felt unwell\".");
        }
        return why;
    }
}
