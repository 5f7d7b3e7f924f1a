package com.knead.store;

import static com.knead.store.TestClinic.AFTERNOON;
import static com.knead.store.TestClinic.checkIn;
import static com.knead.store.TestClinic.money;
import static com.knead.store.TestClinic.recordCashSale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.Approval;
import com.knead.domain.CashDrawer;
import com.knead.domain.CardReference;
import com.knead.domain.ChainCheck;
import com.knead.domain.DayFigures;
import com.knead.domain.Discount;
import com.knead.domain.DrawerCount;
import com.knead.domain.Money;
import com.knead.domain.Refund;
import com.knead.domain.Refused;
import com.knead.domain.Sale;
import com.knead.domain.SaleDraft;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.domain.Tender;
import com.knead.domain.TenderKind;
import com.knead.domain.ZReport;
import com.knead.usecase.CloseDay;
import com.knead.usecase.PinCheck;
import com.knead.usecase.VerifyChain;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Closing business days on a real data folder: the Z's figures against sums written here in plain SQL,
 * a closed day frozen (a late refund and a late sale count on the next day, listed there), one Z per
 * day whoever closes it and however many at once, gap-free numbers.
 */
class CloseDayTest extends WithOpenStores {

    private static final Instant EVENING = AFTERNOON.plus(Duration.ofHours(3));

    private CloseDay closeDayAt(Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return new CloseDay(stores, new PinCheck(stores.staff(), stores.audit(), clock, stores.clinic().zone()), clock);
    }

    private StaffMember owner() {
        return stores.staff().active().stream().filter(m -> m.role() == StaffRole.OWNER).findFirst().orElseThrow();
    }

    private StaffMember withRole(StaffRole role) {
        return stores.staff().active().stream().filter(m -> m.role() == role).findFirst().orElseThrow();
    }

    private Approval ownersApproval() {
        return Approval.check(owner(), "4827", EnumSet.of(StaffRole.OWNER), "a refund");
    }

    private LocalDate day() {
        return stores.clinic().businessDay(AFTERNOON);
    }

    /** A day of sales: a returning client (seen last week), two new ones, a card sale with a tip and a discount, a void. */
    private void aBusyDay() {
        Instant lastWeek = AFTERNOON.minus(Duration.ofDays(7));
        recordCashSale(stores, checkIn(stores, "Ada Client", "555 000 0001", lastWeek), "85.00", lastWeek);
        stores.drawer().open(money(stores, "100.00"), AFTERNOON);
        recordCashSale(stores, checkIn(stores, "Ada Client", "555 000 0001", AFTERNOON), "100.00", AFTERNOON.plusSeconds(60));
        SaleDraft discounted = SaleDraft.forVisit(stores.clinic(), checkIn(stores, "Ben Walker", "555 000 0002", AFTERNOON))
                .therapist(withRole(StaffRole.THERAPIST).id(), withRole(StaffRole.THERAPIST).name())
                .discount(new Discount(Discount.Kind.AMOUNT, new BigDecimal("5.00"), "regular client"))
                .tip(money(stores, "10.00"));
        discounted = discounted.addTender(Tender.card(discounted.balanceDue(), new CardReference("AB12", "4242")));
        stores.sales().record(discounted, AFTERNOON.plusSeconds(120));
        Sale voided = recordCashSale(stores, checkIn(stores, "Cleo Park", "555 000 0003", AFTERNOON), "85.00",
                AFTERNOON.plusSeconds(180));
        stores.refunds().voidSale(voided.receiptNumber(), "wrong client", ownersApproval(), AFTERNOON.plusSeconds(240));
    }

    @Test
    void theZHoldsTheDaysFiguresAsPlainSqlAddsThemUp() {
        aBusyDay();
        CloseDay close = closeDayAt(EVENING);
        Money expected = close.expected(day());
        CloseDay.Closed closed = close.close(owner(), "4827", day(), DrawerCount.ofTotal(expected), "");

        ZReport z = closed.z();
        assertThat(z.number()).isEqualTo(1);
        assertThat(z.label()).isEqualTo("Z 000001");
        assertThat(z.closedBy().staffName()).isEqualTo(owner().name());
        assertThat(z.drawer().difference()).isEqualTo("exact");
        assertThat(z.salesTotal()).isEqualTo(sql("SELECT SUM(total) FROM sale s WHERE business_day = ? AND NOT EXISTS "
                + "(SELECT 1 FROM refund r WHERE r.sale_id = s.id AND r.kind = 'VOID')", day()));
        assertThat(z.grandTotal()).as("every sale kept since the first, last week's too").isEqualTo(
                sql("SELECT SUM(total) FROM sale s WHERE NOT EXISTS (SELECT 1 FROM refund r WHERE r.sale_id = s.id "
                        + "AND r.kind = 'VOID') AND business_day <= ?", day()));
        // 100.00 float + 85.00 cash kept (the voided 85.00 went back), nothing else in cash.
        assertThat(z.drawer().expected()).isEqualTo(money(stores, "185.00"));

        DayFigures figures = closed.figures();
        assertThat(figures.returningClients()).as("Ada came last week").isEqualTo(1);
        assertThat(figures.newClients()).as("Ben and Cleo (voided, but she visited)").isEqualTo(2);
        assertThat(figures.discounts()).singleElement().satisfies(d -> {
            assertThat(d.reason()).isEqualTo("regular client");
            assertThat(d.amount()).isEqualTo(money(stores, "5.00"));
        });
        Money tips = sql("SELECT SUM(tip) FROM sale WHERE business_day = ?", day());
        assertThat(figures.byTherapist().stream().map(DayFigures.TherapistTakings::tips).reduce(Money::plus))
                .contains(tips);
        assertThat(figures.byTherapist().stream().map(DayFigures.TherapistTakings::sales).reduce(Money::plus))
                .contains(z.salesTotal());
        assertThat(figures.salesByModality()).containsOnlyKeys("Deep tissue");
    }

    @Test
    void aClosedDayNeverChangesALateRefundAndSaleCountOnTheNextDay() {
        aBusyDay();
        Sale adas = stores.sales().forDay(day()).get(0);
        CloseDay.Closed closed = closeDayAt(EVENING).close(owner(), "4827", day(),
                DrawerCount.ofTotal(money(stores, "180.00")), "a five was given as change twice");
        assertThat(closed.z().drawer().difference()).isEqualTo("5.00 short");

        Instant later = EVENING.plusSeconds(600);
        assertThat(stores.clinic().businessDay(later)).as("still the same day on the clock").isEqualTo(day());
        Refund late = stores.refunds().refund(adas.receiptNumber(), money(stores, "20.00"), TenderKind.CASH,
                "Part of the session", "cut short", ownersApproval(), later);
        Sale lateSale = recordCashSale(stores, checkIn(stores, "Dan Late", "555 000 0004", later), "85.00",
                later.plusSeconds(60));
        assertThat(late.businessDay()).isEqualTo(day().plusDays(1));
        assertThat(lateSale.businessDay()).isEqualTo(day().plusDays(1));
        assertThatThrownBy(() -> stores.refunds().voidSale(adas.receiptNumber(), "too late", ownersApproval(), later))
                .isInstanceOf(Refused.class).hasMessageContaining("only be voided on its own day");

        CloseDay.Closed again = closeDayAt(later).zOf(day());
        assertThat(again.z()).isEqualTo(closed.z());
        assertThat(again.figures()).as("the closed day's figures, read again").isEqualTo(closed.figures());
        assertThat(stores.zReports().grandTotalThrough(day())).isEqualTo(closed.z().grandTotal());

        DayFigures next = closeDayAt(later).xNow();
        assertThat(next.day()).isEqualTo(day());
        DayFigures tomorrow = new com.knead.usecase.CloseOfDayFigures(stores).of(day().plusDays(1));
        assertThat(tomorrow.adjustments()).extracting(DayFigures.Adjustment::receipt)
                .containsExactlyInAnyOrder(late.receiptNumber(), lateSale.receiptNumber());
        assertThat(tomorrow.adjustments()).allSatisfy(a -> assertThat(a.happenedOn()).isEqualTo(day()));
        assertThat(tomorrow.endOfDay().refunded()).isEqualTo(money(stores, "20.00"));
        assertThat(tomorrow.grandTotal()).isEqualTo(closed.z().grandTotal().plus(money(stores, "85.00"))
                .minus(money(stores, "20.00")));
    }

    @Test
    void drawerMovementsAfterTheCloseLandOnTheNextOpenDay() {
        aBusyDay();
        CloseDay.Closed closed = closeDayAt(EVENING).close(owner(), "4827", day(),
                DrawerCount.ofTotal(money(stores, "185.00")), "");
        Instant later = EVENING.plusSeconds(600);
        assertThat(stores.drawer().current(later)).as("the closed day's drawer is no longer the one in use").isEmpty();
        assertThatThrownBy(() -> stores.drawer().move(new CashDrawer.Movement(CashDrawer.Kind.PAY_OUT,
                money(stores, "10.00"), "window cleaner", later))).isInstanceOf(Refused.class)
                .hasMessage("Open the drawer with its float first.");
        CashDrawer next = stores.drawer().open(money(stores, "50.00"), later);
        assertThat(next.businessDay()).isEqualTo(day().plusDays(1));
        stores.drawer().move(new CashDrawer.Movement(CashDrawer.Kind.PAY_OUT, money(stores, "10.00"), "window cleaner",
                later.plusSeconds(60)));

        assertThat(closeDayAt(later).zOf(day()).figures()).as("the closed day, read again").isEqualTo(closed.figures());
        assertThat(stores.drawer().ofDay(day()).orElseThrow().movements()).isEmpty();
        CashDrawer tomorrow = stores.drawer().ofDay(day().plusDays(1)).orElseThrow();
        assertThat(tomorrow.movements()).singleElement().satisfies(m -> assertThat(m.reason()).isEqualTo("window cleaner"));
        assertThat(stores.drawer().expected(tomorrow)).isEqualTo(money(stores, "40.00"));
    }

    @Test
    void theZJoinsTheChainOnTheHeadItClosedOnAndAnEditOfItIsNamed() throws Exception {
        aBusyDay();
        String headBefore = stores.chain().read().headHash();
        CloseDay.Closed closed = closeDayAt(EVENING).close(owner(), "4827", day(),
                DrawerCount.ofTotal(money(stores, "185.00")), "");
        assertThat(closed.z().chainHead()).as("the head the Z closed on").isEqualTo(headBefore);
        assertThat(stores.zReports().find(day()).orElseThrow().chainHead()).isEqualTo(headBefore);
        ChainStore.Snapshot chain = stores.chain().read();
        assertThat(ChainCheck.problems(chain.links(), chain.headPosition(), chain.headHash(), chain.unlinked())).isEmpty();
        assertThat(chain.headHash()).as("the Z is the chain's newest link").isNotEqualTo(headBefore);

        closeStores();
        try (java.sql.Connection c = TestClinic.jdbc(dir); java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE z_report SET counted = 190 WHERE z_number = 1");
        }
        reopenStores();
        ChainStore.Snapshot edited = stores.chain().read();
        assertThat(ChainCheck.problems(edited.links(), edited.headPosition(), edited.headHash(), edited.unlinked()))
                .containsExactly("Z 000001 (the close of " + day() + ") was changed after it was recorded.");
    }

    @Test
    void verifyNamesAZNumberMissingOrRunningAgainstTheDays() throws Exception {
        aBusyDay();
        closeDayAt(EVENING).close(owner(), "4827", day(), DrawerCount.ofTotal(money(stores, "185.00")), "");
        Instant nextEvening = EVENING.plus(Duration.ofDays(1));
        CloseDay nextDay = closeDayAt(nextEvening);
        nextDay.close(owner(), "4827", day().plusDays(1), DrawerCount.ofTotal(nextDay.expected(day().plusDays(1))), "");
        assertThat(new VerifyChain(stores.chain()).check().problems()).isEmpty();

        closeStores();
        try (java.sql.Connection c = TestClinic.jdbc(dir); java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE z_report SET z_number = 3 WHERE z_number = 2");
        }
        reopenStores();
        assertThat(new VerifyChain(stores.chain()).check().problems()).containsExactly(
                "Z 000002 (the close of " + day().plusDays(1) + ") was changed after it was recorded.",
                "Z 000002 is missing: Z 000001 (" + day() + ") is followed by Z 000003 (" + day().plusDays(1) + ").");

        closeStores();
        try (java.sql.Connection c = TestClinic.jdbc(dir); java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE z_report SET z_number = 2, business_day = business_day - 2 WHERE z_number = 3");
        }
        reopenStores();
        assertThat(new VerifyChain(stores.chain()).check().problems()).last().isEqualTo(
                "Z 000002 (" + day().minusDays(1) + ") closes a day that is not after Z 000001 (" + day()
                        + ")'s: the numbers run against the days.");
    }

    @Test
    void twoDesksClosingAtOnceGiveOneZAndNumbersHaveNoGaps() throws Exception {
        aBusyDay();
        CloseDay close = closeDayAt(EVENING);
        DrawerCount count = DrawerCount.ofTotal(close.expected(day()));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService desks = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (int desk = 0; desk < 2; desk++) {
                results.add(desks.submit(() -> {
                    together.await();
                    try {
                        return close.close(owner(), "4827", day(), count, "").z().label();
                    } catch (Refused refused) {
                        return refused.getMessage();
                    }
                }));
            }
            List<String> said = new ArrayList<>();
            for (Future<String> result : results) {
                said.add(result.get());
            }
            Collections.sort(said);
            assertThat(said).hasSize(2);
            assertThat(said.get(1)).isEqualTo("Z 000001");
            assertThat(said.get(0)).startsWith(day() + " is already closed: Z 000001, by " + owner().name());
        } finally {
            desks.shutdownNow();
        }
        assertThat(count("SELECT COUNT(*) FROM z_report")).isEqualTo(1);

        assertThatThrownBy(() -> close.close(owner(), "4827", day(), count, ""))
                .isInstanceOf(Refused.class).hasMessageContaining("already closed");
        CloseDay.Closed second = closeDayAt(EVENING.plus(Duration.ofDays(1)))
                .close(owner(), "4827", day().plusDays(1), DrawerCount.ofTotal(money(stores, "0.00")), "");
        assertThat(second.z().number()).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM z_report WHERE z_number IN (1, 2)")).isEqualTo(2);
    }

    @Test
    void refusedClosesRecordNothing() {
        aBusyDay();
        CloseDay close = closeDayAt(EVENING);
        DrawerCount short5 = DrawerCount.ofTotal(money(stores, "180.00"));
        assertThatThrownBy(() -> close.close(owner(), "4827", day(), short5, " "))
                .isInstanceOf(Refused.class).hasMessage("The drawer is 5.00 short; say why before closing the day.");
        assertThatThrownBy(() -> close.close(withRole(StaffRole.CASHIER), "3917", day(), short5, "miscount"))
                .isInstanceOf(Refused.class).hasMessageContaining("close the day");
        assertThatThrownBy(() -> close.close(owner(), "4827", day().plusDays(1), short5, "x"))
                .isInstanceOf(Refused.class).hasMessageContaining("is in the future");
        assertThatThrownBy(() -> close.zOf(day())).isInstanceOf(Refused.class).hasMessageContaining("is not closed");
        assertThat(count("SELECT COUNT(*) FROM z_report")).isZero();
        assertThat(count("SELECT COUNT(*) FROM counter WHERE name = 'z_report'")).isZero();
    }

    @Test
    void aDrawerCountedNoteByNote() {
        DrawerCount count = DrawerCount.ofPieces(stores.clinic().currency(),
                Map.of(new BigDecimal("20"), 3, new BigDecimal("0.25"), 4, new BigDecimal("1"), 0));
        assertThat(count.total()).isEqualTo(money(stores, "61.00"));
        assertThat(DrawerCount.read(count.written(), count.total())).isEqualTo(count);
    }

    @Test
    void theZOfADrawerCountedByPiecesIsSavedAsPdf() {
        aBusyDay();
        CloseDay close = closeDayAt(EVENING);
        DrawerCount count = DrawerCount.ofPieces(stores.clinic().currency(), Map.of(new BigDecimal("100"), 1,
                new BigDecimal("50"), 1, new BigDecimal("20"), 1, new BigDecimal("10"), 1, new BigDecimal("5"), 1));
        close.close(owner(), "4827", day(), count, "");
        Clock clock = Clock.fixed(EVENING, ZoneOffset.UTC);
        com.knead.usecase.CloseOfDayPaper paper = new com.knead.usecase.CloseOfDayPaper(close,
                new com.knead.report.CloseOfDayReport(new com.knead.report.ReportTemplates(), clock),
                new com.knead.report.PdfCopies(stores.folder()), stores.settings(), new com.knead.report.ReceiptPrinter(),
                clock);
        stores.settings().put(SettingStore.RECEIPT_PRINTER, "");
        com.knead.usecase.CloseOfDayPaper.Written written = paper.z(day(), true);
        assertThat(written.pdf()).exists();
        assertThat(written.roll()).exists();
        assertThat(written.printedOn()).isEmpty();
    }

    @Test
    void theGrandTotalAfterAZIsItsGrandTotalPlusWhatCameAfterItAsPlainSqlSumsItFromTheFirstSale() {
        LocalDate first = day();
        Instant dayOne = AFTERNOON;
        Instant dayTwo = AFTERNOON.plus(Duration.ofDays(1));
        Instant dayThree = AFTERNOON.plus(Duration.ofDays(2));
        Sale keptOne = recordCashSale(stores, checkIn(stores, "Ada Client", "555 000 0001", dayOne), "85.00", dayOne);
        recordCashSale(stores, checkIn(stores, "Ben Walker", "555 000 0002", dayTwo), "100.00", dayTwo);
        Sale refundedLater = recordCashSale(stores, checkIn(stores, "Cleo Park", "555 000 0003", dayTwo), "85.00",
                dayTwo.plusSeconds(60));
        // The second day is closed while the first stays open.
        closeDayAt(dayTwo.plus(Duration.ofHours(3))).close(owner(), "4827", first.plusDays(1),
                DrawerCount.ofTotal(closeDayAt(dayTwo.plus(Duration.ofHours(3))).expected(first.plusDays(1))), "");
        assertThat(count("SELECT COUNT(*) FROM z_report WHERE last_receipt = 3")).as("the receipt counter at the close")
                .isEqualTo(1);
        // After the close: a sale and a refund on the first day (still open), a refund of the closed day's sale
        // (counted on the next day), and the third day's sales, one of them voided.
        recordCashSale(stores, checkIn(stores, "Dev Diaz", "555 000 0004", dayOne), "85.00", dayOne.plusSeconds(600));
        stores.refunds().refund(keptOne.receiptNumber(), money(stores, "10.00"), TenderKind.CASH, "Oil", "Wrong oil",
                ownersApproval(), dayOne.plusSeconds(700));
        stores.refunds().refund(refundedLater.receiptNumber(), money(stores, "20.00"), TenderKind.CASH, "Part", "Cut short",
                ownersApproval(), dayTwo.plusSeconds(900));
        recordCashSale(stores, checkIn(stores, "Eve Stone", "555 000 0005", dayThree), "100.00", dayThree);
        Sale voided = recordCashSale(stores, checkIn(stores, "Fay Fox", "555 000 0006", dayThree), "85.00",
                dayThree.plusSeconds(60));
        stores.refunds().voidSale(voided.receiptNumber(), "wrong client", ownersApproval(), dayThree.plusSeconds(120));

        String summed = "SELECT (SELECT COALESCE(SUM(total), 0) FROM sale s WHERE business_day <= ?1 AND NOT EXISTS "
                + "(SELECT 1 FROM refund v WHERE v.sale_id = s.id AND v.kind = 'VOID')) - (SELECT COALESCE(SUM(t.amount), 0) "
                + "FROM refund_tender t JOIN refund r ON r.id = t.refund_id WHERE r.kind = 'REFUND' AND r.business_day <= ?1)";
        for (LocalDate day = first; !day.isAfter(first.plusDays(3)); day = day.plusDays(1)) {
            assertThat(stores.zReports().grandTotalThrough(day)).as("the grand total through %s", day)
                    .isEqualTo(sql(summed, day));
        }
        // 85 + 85 - 10 on the first day, 85 + 85 on the second (its refund counts on the third): what came after
        // the Z on the first day is in.
        assertThat(stores.zReports().grandTotalThrough(first.plusDays(1))).isEqualTo(money(stores, "330.00"));
        // A Z from before the receipt mark: summed from the first sale, the same.
        stores.database().transaction(c -> c.createStatement().executeUpdate("UPDATE z_report SET last_receipt = NULL"));
        assertThat(stores.zReports().grandTotalThrough(first.plusDays(1))).isEqualTo(money(stores, "330.00"));
    }

    private Money sql(String query, LocalDate day) {
        return stores.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(query)) {
                ps.setObject(1, day);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return Money.of(rs.getBigDecimal(1), stores.clinic().currency());
                }
            }
        });
    }

    private long count(String query) {
        return stores.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(query); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
