package com.knead.store;

import static com.knead.store.TestClinic.checkIn;
import static com.knead.store.TestClinic.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.Approval;
import com.knead.domain.CardReference;
import com.knead.domain.Modality;
import com.knead.domain.PrepaidCode;
import com.knead.domain.Refund;
import com.knead.domain.RefundRules;
import com.knead.domain.Refused;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleLine;
import com.knead.domain.StaffRole;
import com.knead.domain.Tender;
import com.knead.domain.TenderKind;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Voids and refunds against the real store: new records pointing at the sale, never above what was paid. */
class RefundStoreTest extends WithOpenStores {

    private static final PrepaidCode GIFT = new PrepaidCode("GC-5000");
    private static final PrepaidCode PACK = new PrepaidCode("PK-5000");
    private Approval owner;
    private Instant now;

    @BeforeEach
    void owner() {
        owner = Approval.check(stores.staff().active().stream().filter(m -> m.role() == StaffRole.OWNER).findFirst()
                .orElseThrow(), "4827", EnumSet.of(StaffRole.OWNER, StaffRole.MANAGER), "a refund");
        now = Instant.now();
    }

    private Sale splitSale() {
        stores.sales().record(new SaleDraft(stores.clinic(), null, "")
                .addLine(SaleLine.giftCard(GIFT, money(stores, "50.00")))
                .addTender(Tender.cash(money(stores, "50.00"))), now);
        return stores.sales().record(SaleDraft.forVisit(stores.clinic(), checkIn(stores, "Ana Silva", now))
                .addTender(Tender.card(money(stores, "40.00"), new CardReference("AB12", "4242")))
                .addTender(Tender.giftCard(money(stores, "20.00"), GIFT))
                .addTender(Tender.cash(money(stores, "30.00"))), now);
    }

    @Test
    void voidReversesEveryTenderWithItsOwnReceiptAndLeavesTheSaleAlone() {
        Sale sale = splitSale();
        assertThat(stores.giftCards().balance(GIFT)).contains(money(stores, "30.00"));

        Refund voided = stores.refunds().voidSale(sale.receiptNumber(), "charged the wrong client", owner, now);

        assertThat(voided.kind()).isEqualTo(Refund.Kind.VOID);
        assertThat(voided.receiptNumber()).isEqualTo(sale.receiptNumber().next());
        assertThat(voided.saleReceipt()).isEqualTo(sale.receiptNumber());
        assertThat(voided.amount()).isEqualTo(money(stores, "85.00"));
        assertThat(voided.paidBack()).extracting(Tender::kind)
                .containsExactly(TenderKind.CASH, TenderKind.CARD, TenderKind.GIFT_CARD);
        assertThat(voided.paidBack().get(0).amount()).as("cash taken, not cash handed over").isEqualTo(money(stores, "25.00"));
        assertThat(stores.giftCards().balance(GIFT)).contains(money(stores, "50.00"));
        assertThat(stores.sales().find(sale.receiptNumber())).contains(sale);
        assertThat(stores.refunds().find(voided.receiptNumber())).contains(voided);
        assertThat(stores.sales().last()).contains(voided.receiptNumber());

        assertThatThrownBy(() -> stores.refunds().voidSale(sale.receiptNumber(), "again", owner, now))
                .isInstanceOf(Refused.class).hasMessageContaining("was already refunded");
    }

    @Test
    void voidOnALaterDayIsRefused() {
        Sale sale = splitSale();
        assertThatThrownBy(() -> stores.refunds().voidSale(sale.receiptNumber(), "late", owner,
                now.plus(Duration.ofDays(2))))
                .isInstanceOf(Refused.class).hasMessageEndingWith("a sale can only be voided on its own day. Refund it instead.");
    }

    @Test
    void partialRefundsNeverExceedWhatWasPaid() {
        Sale sale = splitSale();
        Instant later = now.plus(Duration.ofDays(3));
        Refund first = stores.refunds().refund(sale.receiptNumber(), money(stores, "30.00"), TenderKind.CARD,
                "Deep tissue, 60 min", "session cut short", owner, later);
        assertThat(first.paidBack()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TenderKind.CARD);
            assertThat(t.reference()).isEqualTo("Approval AB12 · card ending 4242");
        });
        assertThatThrownBy(() -> stores.refunds().refund(sale.receiptNumber(), money(stores, "20.00"), TenderKind.CARD,
                "", "more", owner, later)).isInstanceOf(Refused.class)
                .hasMessage("Only 10.00 of what was paid by card is left to give back that way; give the rest back in cash.");
        assertThatThrownBy(() -> stores.refunds().refund(sale.receiptNumber(), money(stores, "60.00"), TenderKind.CASH,
                "", "more", owner, later)).isInstanceOf(Refused.class)
                .hasMessage("A refund can never be more than what was paid: 85.00 was paid on receipt " + sale.receiptNumber()
                        + " and 30.00 already given back, so at most 55.00 can be refunded.");
        assertThatThrownBy(() -> stores.refunds().refund(sale.receiptNumber(), money(stores, "5.00"), TenderKind.CASH,
                "", " ", owner, later)).isInstanceOf(Refused.class).hasMessageStartingWith("Say why the money is given back");
        Refund rest = stores.refunds().refund(sale.receiptNumber(), money(stores, "55.00"), TenderKind.CASH, "",
                "unhappy", owner, later);
        assertThat(rest.receiptNumber()).isEqualTo(first.receiptNumber().next());
        assertThat(stores.refunds().refundedOn(sale.receiptNumber())).isEqualTo(RefundRules.paid(sale));
        assertThat(stores.refunds().forDay(stores.clinic().businessDay(later))).containsExactly(first, rest);
    }

    @Test
    void voidGivesAPackageVisitBack() {
        Modality deep = TestClinic.modality(stores, "Deep tissue");
        stores.sales().record(new SaleDraft(stores.clinic(), null, "")
                .addLine(SaleLine.packageOf(PACK, deep, 60, 3, money(stores, "240.00")))
                .addTender(Tender.cash(money(stores, "240.00"))), now);
        Sale visit = stores.sales().record(SaleDraft.forVisit(stores.clinic(), checkIn(stores, "Ana Silva", now))
                .addTender(Tender.packageCredit(money(stores, "85.00"), PACK)), now);
        assertThat(stores.packages().find(PACK).orElseThrow().visitsLeft()).isEqualTo(2);
        stores.refunds().voidSale(visit.receiptNumber(), "booked twice", owner, now);
        assertThat(stores.packages().find(PACK).orElseThrow().visitsLeft()).isEqualTo(3);
    }

    @Test
    void aLaterRefundGivesAPackageVisitBackWhole() {
        Modality deep = TestClinic.modality(stores, "Deep tissue");
        stores.sales().record(new SaleDraft(stores.clinic(), null, "")
                .addLine(SaleLine.packageOf(PACK, deep, 60, 3, money(stores, "240.00")))
                .addTender(Tender.cash(money(stores, "240.00"))), now);
        Sale visit = stores.sales().record(SaleDraft.forVisit(stores.clinic(), checkIn(stores, "Ana Silva", now))
                .addTender(Tender.packageCredit(money(stores, "85.00"), PACK)), now);
        assertThat(stores.packages().find(PACK).orElseThrow().visitsLeft()).isEqualTo(2);
        Instant later = now.plus(Duration.ofDays(3));
        assertThatThrownBy(() -> stores.refunds().refund(visit.receiptNumber(), money(stores, "40.00"),
                TenderKind.PACKAGE_CREDIT, "", "session cut short", owner, later)).isInstanceOf(Refused.class)
                .hasMessage("A package visit comes back whole: refund 85.00 to the package, or give part of it back in cash.");
        assertThat(stores.packages().find(PACK).orElseThrow().visitsLeft()).isEqualTo(2);
        Refund back = stores.refunds().refund(visit.receiptNumber(), money(stores, "85.00"), TenderKind.PACKAGE_CREDIT,
                "Deep tissue, 60 min", "therapist ill", owner, later);
        assertThat(back.paidBack()).singleElement().satisfies(t -> assertThat(t.reference()).isEqualTo(PACK.value()));
        assertThat(stores.packages().find(PACK).orElseThrow().visitsLeft()).isEqualTo(3);
        assertThatThrownBy(() -> stores.refunds().refund(visit.receiptNumber(), money(stores, "85.00"),
                TenderKind.PACKAGE_CREDIT, "", "again", owner, later)).isInstanceOf(Refused.class);
        assertThat(stores.packages().find(PACK).orElseThrow().visitsLeft()).isEqualTo(3);
    }

    @Test
    void lineShareSpreadsTheDiscount() {
        Sale sale = stores.sales().record(SaleDraft.forVisit(stores.clinic(), checkIn(stores, "Ana Silva", now))
                .addLine(new SaleLine("Aromatherapy", null, 0, money(stores, "15.00"), 1))
                .discount(com.knead.domain.Discount.percent(new java.math.BigDecimal("10"), "regular"))
                .addTender(Tender.cash(money(stores, "90.00"))), now);
        assertThat(RefundRules.lineShare(sale, 1, stores.clinic())).isEqualTo(money(stores, "13.50"));
    }
}
