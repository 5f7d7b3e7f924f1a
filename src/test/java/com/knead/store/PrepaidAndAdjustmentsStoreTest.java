package com.knead.store;

import static com.knead.store.TestClinic.AFTERNOON;
import static com.knead.store.TestClinic.checkIn;
import static com.knead.store.TestClinic.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.Approval;
import com.knead.domain.CardReference;
import com.knead.domain.Discount;
import com.knead.domain.Modality;
import com.knead.domain.PrepaidCode;
import com.knead.domain.Refused;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.SaleLine;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.domain.Tender;
import com.knead.domain.Visit;
import com.knead.domain.VisitStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Gift cards, packages, discounts and tips through the real store: one transaction or nothing. */
class PrepaidAndAdjustmentsStoreTest extends WithOpenStores {

    private static final Instant PAID_AT = AFTERNOON.plusSeconds(3600);
    private static final PrepaidCode GIFT = new PrepaidCode("GC-1001");
    private static final PrepaidCode PACK = new PrepaidCode("PK-0001");

    private Sale sellGiftCard(String value) {
        SaleDraft draft = new SaleDraft(stores.clinic(), null, "Gift buyer")
                .addLine(SaleLine.giftCard(GIFT, money(stores, value)))
                .addTender(Tender.cash(money(stores, value)));
        return stores.sales().record(draft, PAID_AT);
    }

    private StaffMember staff(String name) {
        return stores.staff().active().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void giftCardIsSoldRedeemedAndNeverGoesBelowZero() {
        sellGiftCard("100.00");
        assertThat(stores.giftCards().balance(GIFT)).contains(money(stores, "100.00"));

        Visit ana = checkIn(stores, "Ana Silva", AFTERNOON);
        Sale paid = stores.sales().record(SaleDraft.forVisit(stores.clinic(), ana)
                .addTender(Tender.giftCard(money(stores, "85.00"), GIFT)), PAID_AT);
        assertThat(paid.receiptNumber()).hasToString("000002");
        assertThat(stores.giftCards().balance(GIFT)).contains(money(stores, "15.00"));

        Visit ben = checkIn(stores, "Ben Okafor", AFTERNOON);
        assertThatThrownBy(() -> stores.sales().record(SaleDraft.forVisit(stores.clinic(), ben)
                .addTender(Tender.giftCard(money(stores, "20.00"), GIFT))
                .addTender(Tender.cash(money(stores, "65.00"))), PAID_AT))
                .isInstanceOf(Refused.class).hasMessage("Gift card GC-1001 has 15.00 left, less than 20.00.");
        assertThat(stores.giftCards().balance(GIFT)).contains(money(stores, "15.00"));
        assertThat(stores.visits().find(ben.id()).orElseThrow().status()).isEqualTo(VisitStatus.CHECKED_IN);
        assertThat(stores.sales().find(paid.receiptNumber().next())).as("no receipt number used").isEmpty();

        assertThatThrownBy(() -> sellGiftCard("10.00")).isInstanceOf(Refused.class)
                .hasMessage("Gift card GC-1001 has already been sold; use a new card.");
        assertThat(stores.giftCards().balance(new PrepaidCode("GC-9999"))).isEmpty();
    }

    @Test
    void packageIsSoldAndOneVisitRedeemedForTheSameService() {
        Modality deep = TestClinic.modality(stores, "Deep tissue");
        stores.sales().record(new SaleDraft(stores.clinic(), null, "Ana Silva")
                .addLine(SaleLine.packageOf(PACK, deep, 60, 5, money(stores, "380.00")))
                .addTender(Tender.card(money(stores, "380.00"), new CardReference("AB12", "4242"))), PAID_AT);
        assertThat(stores.packages().find(PACK).orElseThrow().describe()).isEqualTo("Deep tissue, 60 min: 5 visits left");

        Visit visit = checkIn(stores, "Ana Silva", AFTERNOON);
        stores.sales().record(SaleDraft.forVisit(stores.clinic(), visit)
                .addTender(Tender.packageCredit(money(stores, "85.00"), PACK)), PAID_AT);
        assertThat(stores.packages().find(PACK).orElseThrow().visitsLeft()).isEqualTo(4);

        Modality swedish = TestClinic.modality(stores, "Swedish");
        Visit other = stores.visits().checkIn(com.knead.domain.ContactDetails.of("Ana Silva", TestClinic.PHONE),
                swedish, TestClinic.price(stores, swedish, 60), AFTERNOON);
        assertThatThrownBy(() -> stores.sales().record(SaleDraft.forVisit(stores.clinic(), other)
                .addTender(Tender.packageCredit(other.price(), PACK)), PAID_AT))
                .isInstanceOf(Refused.class)
                .hasMessage("Package PK-0001 is for Deep tissue, 60 min; this sale has no such session.");
        assertThat(stores.packages().find(PACK).orElseThrow().visitsLeft()).isEqualTo(4);
    }

    @Test
    void discountApprovalTipAndTherapistAreRecordedAndReadBack() {
        StaffMember maya = staff("Maya Chen");
        Visit visit = checkIn(stores, "Ana Silva", AFTERNOON);
        visit = stores.visits().assign(visit.id(), maya.id(), "Room 2");
        assertThat(visit.therapistName()).isEqualTo("Maya Chen");
        assertThat(visit.room()).isEqualTo("Room 2");

        Approval owner = Approval.check(staff("Olivia Park"), "4827", EnumSet.of(StaffRole.OWNER), "a discount");
        SaleDraft draft = SaleDraft.forVisit(stores.clinic(), visit)
                .discount(Discount.percent(new BigDecimal("25"), "loyalty card full"))
                .approveDiscount(owner)
                .tip(money(stores, "10.00"))
                .addTender(Tender.card(money(stores, "50.00"), new CardReference("X9", "1881")))
                .addTender(Tender.cash(money(stores, "30.00")));
        Sale sale = stores.sales().record(draft, PAID_AT);
        assertThat(sale.totals().discount()).isEqualTo(money(stores, "21.25"));
        assertThat(sale.totals().amountDue()).isEqualTo(money(stores, "73.75"));
        assertThat(sale.changeDue()).isEqualTo(money(stores, "6.25"));

        Sale found = stores.sales().find(sale.receiptNumber()).orElseThrow();
        assertThat(found).isEqualTo(sale);
        assertThat(found.therapistName()).isEqualTo("Maya Chen");
        assertThat(found.discountApproval().staffName()).isEqualTo("Olivia Park");
    }

    @Test
    void assigningAPaidVisitIsRefused() {
        Visit visit = checkIn(stores, "Ana Silva", AFTERNOON);
        TestClinic.recordCashSale(stores, visit, "85.00", PAID_AT);
        assertThatThrownBy(() -> stores.visits().assign(visit.id(), null, "Room 1"))
                .isInstanceOf(Refused.class).hasMessage("That visit is paid; it cannot be changed.");
    }

    @Test
    void cancelKeepsItsReasonAndNeedsOne() {
        Visit visit = checkIn(stores, "Ana Silva", AFTERNOON);
        assertThatThrownBy(() -> stores.visits().cancel(visit.id(), " ")).isInstanceOf(Refused.class)
                .hasMessage("Say why the visit is cancelled, or choose No-show.");
        assertThat(stores.visits().cancel(visit.id(), "No-show").status()).isEqualTo(VisitStatus.CANCELLED);
        assertThat(stores.visits().cancelReason(visit.id())).contains("No-show");
        assertThatThrownBy(() -> stores.visits().cancel(visit.id(), "again")).isInstanceOf(Refused.class);
    }

    @Test
    void printerChoiceIsKept() {
        assertThat(stores.settings().get(SettingStore.RECEIPT_PRINTER)).isEmpty();
        stores.settings().put(SettingStore.RECEIPT_PRINTER, "PDF");
        stores.settings().put(SettingStore.RECEIPT_PRINTER, "Thermal");
        closeStores();
        reopenStores();
        assertThat(stores.settings().get(SettingStore.RECEIPT_PRINTER)).contains("Thermal");
    }
}
