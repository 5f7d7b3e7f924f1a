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
import net.jqwik.api.constraints.IntRange;

/**
 * Sale arithmetic over many generated sales: any lines, tax rate, inclusive or exclusive tax, any
 * rounding, any discount and tip, the amount due split across up to four tenders with cash over
 * the top. Whatever the case, the tenders minus the change are exactly the amount due, and no cent
 * appears or disappears between lines, discount, tax, total and tip.
 */
class SaleArithmeticPropertiesTest {

    private static final Currency USD = Currency.getInstance("USD");
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

    @Property(tries = 1000)
    void aPercentDiscountIsTheRoundedShareAndNeverMoreThanTheBase(@ForAll @IntRange(min = 1, max = 10_000_000) int baseCents,
                                                                @ForAll @IntRange(min = 1, max = 10_000) int basisPoints,
                                                                @ForAll("roundings") RoundingMode rounding) {
        Money base = cents(baseCents);
        BigDecimal percent = BigDecimal.valueOf(basisPoints, 2);
        Money off = Discount.percent(percent, "test").amountOff(base, rounding);
        BigDecimal exact = base.amount().multiply(percent).divide(BigDecimal.valueOf(100));
        assertThat(off.amount().subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
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
        return Combinators.combine(prices, taxes, discountKind, discountValue, tipPerMille).as(Case::new);
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

    /** One generated sale: line prices in cents, a tax policy, a discount (none, amount, percent) and a tip. */
    record Case(List<Integer> priceCents, TaxPolicy tax, int discountKind, int discountValue, int tipPerMille) {
        SaleDraft draft() {
            Clinic clinic = new Clinic("Prop", "", "", USD, tax, ZoneOffset.UTC);
            SaleDraft draft = new SaleDraft(clinic, null, "Prop").therapist(THERAPIST, "Maya");
            for (int i = 0; i < priceCents.size(); i++) {
                draft.addLine(new SaleLine("Line " + i, null, 0, cents(priceCents.get(i)), 1 + i % 3));
            }
            Money base = draft.totals().subtotal();
            if (discountKind == 1 && base.isPositive()) {
                // an amount up to the whole of the lines
                long off = Math.max(1, base.amount().movePointRight(2).longValueExact() * discountValue / 10_000);
                draft.discount(Discount.amount(cents(off), "generated"));
            } else if (discountKind == 2) {
                draft.discount(Discount.percent(BigDecimal.valueOf(discountValue, 2), "generated"));
            }
            if (draft.discountNeedsApproval()) {
                draft.approveDiscount(new Approval(THERAPIST, "Owner"));
            }
            Money total = draft.totals().total();
            long tip = total.amount().movePointRight(2).longValueExact() * tipPerMille / 1000;
            draft.tip(cents(tip));
            return draft;
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
