package com.knead.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * How each kind of payment may be taken toward a sale, written once with one wording: a card, gift
 * card or package pays the exact amount and never more than what is still due (only cash gives
 * change); a gift card pays up to its balance; a package pays for one session of its own service;
 * and the quick-cash amounts the desk offers. Each rule returns the tender to add, or refuses with
 * the sentence the cashier reads.
 */
public final class TenderRules {

    /** The reason, said once: only cash can be more than what is due. */
    public static final String ONLY_CASH_GIVES_CHANGE = "A card, gift card or package pays the exact amount; "
            + "only cash can be more than what is due.";

    /** Round amounts the desk offers as quick cash: the next 10, 20, 50 and 100. */
    private static final int[] QUICK_CASH_STEPS = {10, 20, 50, 100};

    private TenderRules() {
    }

    /** "The card amount 90.00 is more than what is still due, 85.00. A card, …" */
    public static Refused moreThanDue(TenderKind kind, Money amount, Money due) {
        return new Refused("The " + kind.label().toLowerCase(java.util.Locale.ROOT) + " amount " + amount.plain()
                + " is more than what is still due, " + due.plain() + ". " + ONLY_CASH_GIVES_CHANGE);
    }

    /**
     * A card payment of {@code typed}, or of what is still due when nothing was typed.
     *
     * @param due what is still due before cash
     */
    public static Tender card(Money typedOrNull, CardReference reference, Money due) {
        Money amount = typedOrNull == null ? due : typedOrNull;
        if (!amount.isPositive()) {
            throw new Refused("Nothing is left to pay by card.");
        }
        if (amount.compareTo(due) > 0) {
            throw moreThanDue(TenderKind.CARD, amount, due);
        }
        return Tender.card(amount, reference);
    }

    /**
     * A gift card payment: {@code typed}, or what is due up to the card's {@code balance} when
     * nothing was typed; never above the balance nor above what is due.
     */
    public static Tender giftCard(PrepaidCode code, Money typedOrNull, Money balance, Money due) {
        Money amount = typedOrNull != null ? typedOrNull : (balance.compareTo(due) < 0 ? balance : due);
        if (amount.compareTo(balance) > 0) {
            throw new Refused("Gift card " + code + " has " + balance.plain() + " left, less than " + amount.plain() + ".");
        }
        if (!amount.isPositive()) {
            throw new Refused(balance.isZero() ? "Gift card " + code + " has nothing left on it." : "Nothing is left to pay.");
        }
        if (amount.compareTo(due) > 0) {
            throw moreThanDue(TenderKind.GIFT_CARD, amount, due);
        }
        return Tender.giftCard(amount, code);
    }

    /**
     * One visit of {@code pack}, matched to the sale's session of the package's service and length;
     * it covers that session's price, or what is still due if less.
     */
    public static Tender packageVisit(ServicePackage pack, List<SaleLine> lines, Money due) {
        if (pack.visitsLeft() < 1) {
            throw new Refused("Package " + pack.code() + " has no visits left.");
        }
        SaleLine session = lines.stream()
                .filter(l -> l.kind() == LineKind.SERVICE && pack.modalityId().equals(l.modalityId())
                        && l.minutes() == pack.minutes())
                .findFirst().orElseThrow(() -> new Refused("Package " + pack.code() + " is for " + pack.modalityName()
                        + ", " + pack.minutes() + " min; this sale has no such session."));
        Money covered = session.unitPrice().compareTo(due) < 0 ? session.unitPrice() : due;
        if (!covered.isPositive()) {
            throw new Refused("Nothing is left to pay.");
        }
        return Tender.packageCredit(covered, pack.code());
    }

    /** Round amounts of cash above what is still due, smallest first (none when nothing is due). */
    public static List<Money> quickCash(Money due, int atMost) {
        TreeSet<BigDecimal> amounts = new TreeSet<>();
        if (due.isPositive()) {
            for (int step : QUICK_CASH_STEPS) {
                BigDecimal steps = due.amount().divide(BigDecimal.valueOf(step), 0, RoundingMode.CEILING);
                BigDecimal amount = steps.multiply(BigDecimal.valueOf(step));
                if (amount.compareTo(due.amount()) > 0) {
                    amounts.add(amount);
                }
            }
        }
        List<Money> offered = new ArrayList<>();
        for (BigDecimal amount : amounts) {
            if (offered.size() < atMost) {
                offered.add(Money.of(amount.setScale(due.currency().getDefaultFractionDigits()), due.currency()));
            }
        }
        return offered;
    }
}
