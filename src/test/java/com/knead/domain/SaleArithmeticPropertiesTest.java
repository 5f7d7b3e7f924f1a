package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Sale arithmetic over many generated sales: any lines, tax rate, inclusive or exclusive tax, any
 * rounding, any discount and tip, the amount due split across up to four tenders with cash over
 * the top. Whatever the case, the tenders minus the change are exactly the amount due, and no cent
 * appears or disappears between lines, discount, tax, total and tip. Beyond those identities, every
 * field is compared with the sale worked out by hand in plain BigDecimal ({@link Case#oracle()}), so
 * a zero tax, a tax on the wrong base or a line not multiplied by its quantity cannot pass.
 */
class SaleArithmeticPropertiesTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** In {@link Case#tipPercent()}: the tip is an amount, not a percentage. */
    private static final int AS_AMOUNT = -1;
    private static final UUID THERAPIST = UUID.fromString("00000000-0000-7000-8000-0000000000dd");

    @Property(tries = 2000)
    void tendersMinusChangeEqualTheAmountDue(@ForAll("sales") Case sale, @ForAll @IntRange(min = 1, max = 4) int parts,
                                            @ForAll @IntRange(min = 0, max = 10_000) int cashOverCents,
                                            @ForAll("seeds") long seed) {
        SaleDraft draft = sale.draft();
        Money due = draft.totals().amountDue();
        List<Money> split = split(due, parts, seed);
        TenderKind[] kinds = {TenderKind.CARD, TenderKind.GIFT_CARD, TenderKind.PACKAGE_CREDIT};
        for (int i = 0; i < split.size(); i++) {
            boolean last = i == split.size() - 1;
            Money part = split.get(i);
            Money handed = part.plus(cents(cashOverCents));
            if (last && handed.isPositive()) {
                draft.addTender(Tender.cash(handed));
            } else if (!last && part.isPositive()) {
                draft.addTender(new Tender(kinds[i % kinds.length], part, "REF-" + i));
            }
        }
        Sale done = draft.complete(Ids.next(), ReceiptNumber.FIRST, Instant.parse("2026-03-10T12:00:00Z"));
        Money tendered = Money.zero(USD);
        for (Tender tender : done.tenders()) {
            tendered = tendered.plus(tender.amount());
        }
        assertThat(tendered.minus(done.changeDue())).isEqualTo(done.totals().amountDue());
        assertThat(done.changeDue()).isEqualTo(cents(cashOverCents));
        Money kept = Money.zero(USD);
        for (TenderKind kind : TenderKind.values()) {
            kept = kept.plus(done.taken(kind));
        }
        assertThat(kept).isEqualTo(done.totals().amountDue());
    }

    @Property(tries = 2000)
    void noCentIsLostBetweenLinesDiscountTaxAndTotal(@ForAll("sales") Case sale) {
        SaleDraft draft = sale.draft();
        SaleTotals t = draft.totals();
        Money lines = Money.zero(USD);
        for (SaleLine line : draft.lines()) {
            lines = lines.plus(line.amount());
        }
        assertThat(t.subtotal()).isEqualTo(lines);
        assertThat(t.net().plus(t.tax())).isEqualTo(t.total());
        Money addedTax = sale.tax().inclusive() ? Money.zero(USD) : t.tax();
        assertThat(t.subtotal().minus(t.discount()).plus(addedTax)).isEqualTo(t.total());
        assertThat(t.amountDue()).isEqualTo(t.total().plus(t.tip()));
        assertThat(t.discount().isNegative()).isFalse();
        assertThat(t.discount()).isLessThanOrEqualTo(t.subtotal());
        assertThat(t.tax().isNegative()).isFalse();
        for (Money m : List.of(t.subtotal(), t.discount(), t.net(), t.tax(), t.total(), t.tip())) {
            assertThat(m.amount().scale()).isEqualTo(2);
        }
    }

    @Property(tries = 3000)
    void totalsAreWhatTheyComeToByHand(@ForAll("sales") Case sale) {
        SaleTotals t = sale.draft().totals();
        Expected e = sale.oracle();
        assertThat(t.subtotal()).as("subtotal").isEqualTo(Money.of(e.subtotal(), USD));
        assertThat(t.discount()).as("discount").isEqualTo(Money.of(e.discount(), USD));
        assertThat(t.tax()).as("tax").isEqualTo(Money.of(e.tax(), USD));
        assertThat(t.net()).as("net").isEqualTo(Money.of(e.net(), USD));
        assertThat(t.total()).as("total").isEqualTo(Money.of(e.total(), USD));
        assertThat(t.tip()).as("tip").isEqualTo(Money.of(e.tip(), USD));
        assertThat(t.amountDue()).as("amount due").isEqualTo(Money.of(e.amountDue(), USD));
    }

    @Property(tries = 1000)
    void cardThenCashGivesTheChangeWorkedOutByHand(@ForAll("sales") Case sale,
                                                   @ForAll @IntRange(min = 0, max = 1000) int cardPerMille,
                                                   @ForAll @IntRange(min = 0, max = 10_000) int cashOverCents) {
        long dueCents = sale.oracle().amountDue().movePointRight(2).longValueExact();
        long cardCents = dueCents * cardPerMille / 1000;
        long cashCents = dueCents - cardCents + cashOverCents;
        SaleDraft draft = sale.draft();
        if (cardCents > 0) {
            draft.addTender(Tender.card(cents(cardCents), new CardReference("ok1", "4242")));
        }
        if (cashCents > 0) {
            draft.addTender(Tender.cash(cents(cashCents)));
        }
        Sale done = draft.complete(Ids.next(), ReceiptNumber.FIRST, Instant.parse("2026-03-10T12:00:00Z"));
        long changeCents = cashCents > 0 ? cashOverCents : 0;
        assertThat(done.changeDue()).as("change").isEqualTo(cents(changeCents));
        assertThat(done.taken(TenderKind.CARD)).as("kept by card").isEqualTo(cents(cardCents));
        assertThat(done.taken(TenderKind.CASH)).as("kept in cash").isEqualTo(cents(cashCents - changeCents));
    }

    @Property(tries = 1000)
    void aPercentDiscountIsTheRoundedShareAndNeverMoreThanTheBase(@ForAll @IntRange(min = 1, max = 10_000_000) int baseCents,
                                                                @ForAll @IntRange(min = 1, max = 10_000) int basisPoints,
                                                                @ForAll("roundings") RoundingMode rounding) {
        Money base = cents(baseCents);
        BigDecimal percent = BigDecimal.valueOf(basisPoints, 2);
        Money off = Discount.percent(percent, "test").amountOff(base, rounding);
        // base x percent / 100 always ends within four decimals, so it is exact before rounding
        BigDecimal exact = base.amount().multiply(percent).divide(HUNDRED);
        BigDecimal expected = exact.setScale(2, rounding).min(base.amount());
        assertThat(off).isEqualTo(Money.of(expected, USD));
        assertThat(off).isLessThanOrEqualTo(base);
    }

    @Provide
    Arbitrary<Case> sales() {
        Arbitrary<List<Integer>> prices = Arbitraries.integers().between(0, 99_999).list().ofMinSize(1).ofMaxSize(5);
        Arbitrary<TaxPolicy> taxes = Combinators.combine(
                Arbitraries.integers().between(0, 25_000), Arbitraries.of(true, false), roundings())
                .as((rate, inclusive, rounding) -> new TaxPolicy(BigDecimal.valueOf(rate, 3), inclusive, rounding));
        Arbitrary<Integer> discountKind = Arbitraries.integers().between(0, 2); // none, amount, percent
        Arbitrary<Integer> discountValue = Arbitraries.integers().between(1, 10_000);
        Arbitrary<Integer> tipPerMille = Arbitraries.integers().between(0, 1000);
        // a gift card sold with the services in one sale out of three (0: none)
        Arbitrary<Integer> giftCardCents = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(1, 50_000)));
        // the tip as an amount, or as one of the percentages the desk offers
        Arbitrary<Integer> tipPercent = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(AS_AMOUNT)), Tuple.of(1, Arbitraries.integers().between(0, 30)));
        return Combinators.combine(prices, taxes, discountKind, discountValue, tipPerMille, giftCardCents, tipPercent)
                .as(Case::new);
    }

    @Provide
    Arbitrary<RoundingMode> roundings() {
        return Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.UP, RoundingMode.DOWN,
                RoundingMode.HALF_DOWN);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    /**
     * One generated sale: service line prices in cents (line i sold 1 + i % 3 times), a tax policy, a
     * discount (none, amount, percent), a tip (per mille of the total, or a percentage) and perhaps a
     * gift card sold with it.
     */
    record Case(List<Integer> priceCents, TaxPolicy tax, int discountKind, int discountValue, int tipPerMille,
                int giftCardCents, int tipPercent) {

        static int quantity(int line) {
            return 1 + line % 3;
        }

        /** What the services come to, in cents, worked out here (not by the code under test). */
        long servicesCents() {
            long sum = 0;
            for (int i = 0; i < priceCents.size(); i++) {
                sum += (long) priceCents.get(i) * quantity(i);
            }
            return sum;
        }

        /** The amount discount, in cents: a share of the services, at least a cent and at most all of them. */
        long amountOffCents() {
            return Math.max(1, servicesCents() * discountValue / 10_000);
        }

        boolean hasDiscount() {
            return discountKind == 2 || discountKind == 1 && servicesCents() > 0;
        }

        SaleDraft draft() {
            Clinic clinic = new Clinic("Prop", "", "", USD, tax, ZoneOffset.UTC);
            SaleDraft draft = new SaleDraft(clinic, null, "Prop").therapist(THERAPIST, "Maya");
            for (int i = 0; i < priceCents.size(); i++) {
                draft.addLine(new SaleLine("Line " + i, null, 0, cents(priceCents.get(i)), quantity(i)));
            }
            if (giftCardCents > 0) {
                draft.addLine(SaleLine.giftCard(new PrepaidCode("GC-PROP"), cents(giftCardCents)));
            }
            if (discountKind == 1 && hasDiscount()) {
                draft.discount(Discount.amount(cents(amountOffCents()), "generated"));
            } else if (discountKind == 2) {
                draft.discount(Discount.percent(BigDecimal.valueOf(discountValue, 2), "generated"));
            }
            if (draft.discountNeedsApproval()) {
                draft.approveDiscount(new Approval(THERAPIST, "Owner"));
            }
            if (tipPercent == AS_AMOUNT) {
                long total = oracle().total().movePointRight(2).longValueExact();
                draft.tip(cents(total * tipPerMille / 1000));
            } else {
                draft.tipPercent(tipPercent);
            }
            return draft;
        }

        /**
         * The totals by hand, in plain BigDecimal: subtotal = sum of price x quantity; the discount off
         * the services; tax = rate x base rounded once with the clinic's rounding, where the base is the
         * discounted services (exclusive) or the share of them that is tax (rate / (100 + rate),
         * inclusive); the gift card untaxed; the tip on top.
         */
        Expected oracle() {
            BigDecimal services = BigDecimal.ZERO;
            for (int i = 0; i < priceCents.size(); i++) {
                services = services.add(BigDecimal.valueOf(priceCents.get(i), 2).multiply(BigDecimal.valueOf(quantity(i))));
            }
            BigDecimal giftCard = BigDecimal.valueOf(giftCardCents, 2);
            RoundingMode mode = tax.rounding();
            BigDecimal rate = tax.ratePercent();
            BigDecimal off = BigDecimal.ZERO.setScale(2);
            if (discountKind == 1 && hasDiscount()) {
                off = BigDecimal.valueOf(amountOffCents(), 2);
            } else if (discountKind == 2) {
                BigDecimal percent = BigDecimal.valueOf(discountValue, 2);
                off = services.multiply(percent).divide(HUNDRED).setScale(2, mode).min(services);
            }
            BigDecimal base = services.subtract(off);
            BigDecimal taxAmount;
            BigDecimal net;
            BigDecimal total;
            if (tax.inclusive()) {
                taxAmount = base.multiply(rate).divide(HUNDRED.add(rate), 2, mode);
                net = base.subtract(taxAmount).add(giftCard);
                total = base.add(giftCard);
            } else {
                taxAmount = base.multiply(rate).divide(HUNDRED, 2, mode);
                net = base.add(giftCard);
                total = base.add(taxAmount).add(giftCard);
            }
            BigDecimal tip;
            if (tipPercent == AS_AMOUNT) {
                tip = BigDecimal.valueOf(total.movePointRight(2).longValueExact() * tipPerMille / 1000, 2);
            } else {
                tip = total.multiply(BigDecimal.valueOf(tipPercent)).divide(HUNDRED, 2, mode);
            }
            return new Expected(services.add(giftCard), off, net, taxAmount, total, tip);
        }
    }

    /** What a sale should come to, worked out by hand. */
    record Expected(BigDecimal subtotal, BigDecimal discount, BigDecimal net, BigDecimal tax, BigDecimal total,
                    BigDecimal tip) {
        BigDecimal amountDue() {
            return total.add(tip);
        }
    }

    /** Splits {@code due} into {@code parts} non-negative amounts that add up to it exactly. */
    private static List<Money> split(Money due, int parts, long seed) {
        java.util.Random random = new java.util.Random(seed);
        long left = due.amount().movePointRight(2).longValueExact();
        List<Money> result = new ArrayList<>();
        for (int i = 0; i < parts - 1; i++) {
            long part = left == 0 ? 0 : (long) (random.nextDouble() * left);
            result.add(cents(part));
            left -= part;
        }
        result.add(cents(left));
        return result;
    }

    private static Money cents(long cents) {
        return Money.of(BigDecimal.valueOf(cents, 2), USD);
    }
}
