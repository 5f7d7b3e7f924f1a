package com.knead.store;

import static com.knead.store.TestClinic.checkIn;
import static com.knead.store.TestClinic.money;
import static com.knead.store.TestClinic.recordCashSale;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.Approval;
import com.knead.domain.CashDrawer;
import com.knead.domain.ChainCheck;
import com.knead.domain.Sale;
import com.knead.domain.StaffRole;
import com.knead.domain.TenderKind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tamper-evidence chain on real H2: an untouched clinic verifies clean; each kind of direct SQL
 * edit, delete or insert on each chained table, and on the chain itself, is found and names the
 * record; concurrent sales keep one chain; rows from before the chain are linked at the upgrade.
 */
class ChainTest extends WithOpenStores {

    /** 10:00 UTC on a day: the drawer opens, two hand movements, three sales, a void, a refund. */
    private static final Instant MORNING = Instant.parse("2026-03-10T10:00:00Z");
    private static final String DAY = "2026-03-10";

    @BeforeEach
    void aDayAtTheDesk() {
        Approval owner = new Approval(stores.staff().active().stream().filter(m -> m.role() == StaffRole.OWNER)
                .findFirst().orElseThrow().id(), "Olivia Park");
        stores.drawer().open(money(stores, "150.00"), MORNING);
        stores.drawer().move(new CashDrawer.Movement(CashDrawer.Kind.PAY_IN, money(stores, "20.00"), "coins",
                MORNING.plusSeconds(60)));
        Sale first = recordCashSale(stores, checkIn(stores, "Ada Adams", MORNING.plusSeconds(120)), "100.00",
                MORNING.plusSeconds(180));
        Sale second = recordCashSale(stores, checkIn(stores, "Ben Baker", "555 987 6543", MORNING.plusSeconds(240)),
                "90.00", MORNING.plusSeconds(300));
        recordCashSale(stores, checkIn(stores, "Carla Costa", "555 222 3333", MORNING.plusSeconds(360)), "85.00",
                MORNING.plusSeconds(420));
        stores.refunds().voidSale(first.receiptNumber(), "Rang up twice", owner, MORNING.plusSeconds(480));
        stores.refunds().refund(second.receiptNumber(), money(stores, "10.00"), TenderKind.CASH, "part", "unhappy",
                owner, MORNING.plusSeconds(540));
        stores.drawer().move(new CashDrawer.Movement(CashDrawer.Kind.PAY_OUT, money(stores, "12.50"), "milk",
                MORNING.plusSeconds(600)));
    }

    private List<String> problems() {
        ChainStore.Snapshot chain = stores.chain().read();
        return ChainCheck.problems(chain.links(), chain.headPosition(), chain.headHash(), chain.unlinked());
    }

    /** Runs SQL on the closed folder, as someone with the database file and an SQL console would, then reopens it. */
    private void tamper(String... statements) throws SQLException {
        closeStores();
        try (Connection c = TestClinic.jdbc(dir); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.executeUpdate(sql);
            }
        }
        reopenStores();
    }

    @Test
    void anUntouchedDayVerifiesCleanAndEveryRecordHasOneLinkInOrder() {
        assertThat(problems()).isEmpty();
        ChainStore.Snapshot chain = stores.chain().read();
        assertThat(chain.links()).extracting(ChainCheck.Link::kind).containsExactly("drawer-opening",
                "drawer-movement", "sale", "sale", "sale", "refund", "refund", "drawer-movement");
        assertThat(chain.links()).extracting(ChainCheck.Link::label).containsExactly(
                "The drawer opening of " + DAY + " (float 150.00)", "The drawer pay-in of 20.00 at 2026-03-10 10:01 UTC",
                "Receipt 000001 (sale of " + DAY + ")", "Receipt 000002 (sale of " + DAY + ")",
                "Receipt 000003 (sale of " + DAY + ")", "Receipt 000004 (void of " + DAY + ")",
                "Receipt 000005 (refund of " + DAY + ")", "The drawer pay-out of 12.50 at 2026-03-10 10:10 UTC");
        assertThat(chain.headPosition()).isEqualTo(8);
        assertThat(chain.links().get(7).hash()).isEqualTo(chain.headHash());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "UPDATE sale SET total = total - 10 WHERE receipt_number = 3|Receipt 000003 (sale of " + DAY + ") was changed after it was recorded.",
        "UPDATE sale SET client_name = 'Someone Else' WHERE receipt_number = 1|Receipt 000001 (sale of " + DAY + ") was changed after it was recorded.",
        "UPDATE sale_line SET unit_price = 8.5 WHERE sale_id = (SELECT id FROM sale WHERE receipt_number = 2)|Receipt 000002 (sale of " + DAY + ") was changed after it was recorded.",
        "DELETE FROM sale_line WHERE sale_id = (SELECT id FROM sale WHERE receipt_number = 2)|Receipt 000002 (sale of " + DAY + ") was changed after it was recorded.",
        "INSERT INTO sale_line (id, sale_id, line_no, description, minutes, unit_price, quantity, created_at, updated_at) SELECT RANDOM_UUID(), id, 9, 'Extra', 0, 5, 1, created_at, updated_at FROM sale WHERE receipt_number = 3|Receipt 000003 (sale of " + DAY + ") was changed after it was recorded.",
        "UPDATE tender SET kind = 'CARD' WHERE sale_id = (SELECT id FROM sale WHERE receipt_number = 3)|Receipt 000003 (sale of " + DAY + ") was changed after it was recorded.",
        "DELETE FROM tender WHERE sale_id = (SELECT id FROM sale WHERE receipt_number = 3)|Receipt 000003 (sale of " + DAY + ") was changed after it was recorded.",
        "INSERT INTO tender (id, sale_id, line_no, kind, amount, reference, created_at, updated_at) SELECT RANDOM_UUID(), id, 2, 'CASH', 1, '', created_at, updated_at FROM sale WHERE receipt_number = 3|Receipt 000003 (sale of " + DAY + ") was changed after it was recorded.",
        "UPDATE refund SET reason = 'nothing' WHERE receipt_number = 4|Receipt 000004 (void of " + DAY + ") was changed after it was recorded.",
        "UPDATE refund_tender SET amount = 1 WHERE refund_id = (SELECT id FROM refund WHERE receipt_number = 5)|Receipt 000005 (refund of " + DAY + ") was changed after it was recorded.",
        "DELETE FROM refund_tender WHERE refund_id = (SELECT id FROM refund WHERE receipt_number = 5)|Receipt 000005 (refund of " + DAY + ") was changed after it was recorded.",
        "INSERT INTO refund_tender (id, refund_id, line_no, kind, amount, reference, created_at, updated_at) SELECT RANDOM_UUID(), id, 2, 'CASH', 1, '', created_at, updated_at FROM refund WHERE receipt_number = 5|Receipt 000005 (refund of " + DAY + ") was changed after it was recorded.",
        "UPDATE drawer_session SET opening_float = 100|The drawer opening of " + DAY + " (float 150.00) was changed after it was recorded.",
        "UPDATE drawer_movement SET amount = 2 WHERE kind = 'PAY_OUT'|The drawer pay-out of 12.50 at 2026-03-10 10:10 UTC was changed after it was recorded.",
        "UPDATE drawer_movement SET created_at = created_at + INTERVAL '1' HOUR WHERE kind = 'PAY_IN'|The drawer pay-in of 20.00 at 2026-03-10 10:01 UTC was changed after it was recorded.",
    })
    void anEditIsNamed(String sql, String expected) throws SQLException {
        tamper(sql);
        assertThat(problems()).containsExactly(expected);
    }

    @Test
    void aDeletedSaleIsNamed() throws SQLException {
        tamper("DELETE FROM tender WHERE sale_id = (SELECT id FROM sale WHERE receipt_number = 3)",
                "DELETE FROM sale_line WHERE sale_id = (SELECT id FROM sale WHERE receipt_number = 3)",
                "DELETE FROM sale WHERE receipt_number = 3");
        assertThat(problems()).containsExactly(
                "Receipt 000003 (sale of " + DAY + ") was deleted: its link in the chain points at nothing.");
    }

    @Test
    void aDeletedVoidOrRefundIsNamed() throws SQLException {
        tamper("DELETE FROM refund_tender WHERE refund_id = (SELECT id FROM refund WHERE receipt_number = 4)",
                "DELETE FROM refund WHERE receipt_number = 4");
        assertThat(problems()).containsExactly(
                "Receipt 000004 (void of " + DAY + ") was deleted: its link in the chain points at nothing.");
    }

    @Test
    void deletedDrawerRecordsAreNamed() throws SQLException {
        tamper("DELETE FROM drawer_movement", "DELETE FROM drawer_session");
        assertThat(problems()).containsExactly(
                "The drawer opening of " + DAY + " (float 150.00) was deleted: its link in the chain points at nothing.",
                "The drawer pay-in of 20.00 at 2026-03-10 10:01 UTC was deleted: its link in the chain points at nothing.",
                "The drawer pay-out of 12.50 at 2026-03-10 10:10 UTC was deleted: its link in the chain points at nothing.");
    }

    @Test
    void insertedRowsOfEveryKindAreNamed() throws SQLException {
        tamper("INSERT INTO sale (id, receipt_number, business_day, client_name, currency, subtotal, net, tax, total, "
                        + "change_due, created_at, updated_at) SELECT RANDOM_UUID(), 99, business_day, 'Ghost', currency, "
                        + "subtotal, net, tax, total, 0, created_at, updated_at FROM sale WHERE receipt_number = 3",
                "INSERT INTO refund (id, receipt_number, kind, sale_id, business_day, what, reason, approved_by, created_at, "
                        + "updated_at) SELECT RANDOM_UUID(), 98, 'REFUND', sale_id, business_day, what, reason, approved_by, "
                        + "created_at, updated_at FROM refund WHERE receipt_number = 5",
                "INSERT INTO drawer_session (id, business_day, opening_float, created_at, updated_at) "
                        + "SELECT RANDOM_UUID(), business_day, 10, created_at, updated_at FROM drawer_session",
                "INSERT INTO drawer_movement (id, session_id, kind, amount, reason, created_at, updated_at) "
                        + "SELECT RANDOM_UUID(), session_id, 'PAY_OUT', 50, 'lunch', created_at, updated_at FROM drawer_movement "
                        + "WHERE kind = 'PAY_OUT'");
        assertThat(problems()).containsExactlyInAnyOrder(
                "Receipt 000099 (sale of " + DAY + ") was added outside Knead: it has no link in the chain.",
                "Receipt 000098 (refund of " + DAY + ") was added outside Knead: it has no link in the chain.",
                "The drawer opening of " + DAY + " (float 10.00) was added outside Knead: it has no link in the chain.",
                "The drawer pay-out of 50.00 at 2026-03-10 10:10 UTC was added outside Knead: it has no link in the chain.");
    }

    @Test
    void anEditedLinkHashIsNamedAsTheLinkNotTheRecord() throws SQLException {
        tamper("UPDATE chain_link SET hash = REPEAT('a', 64) WHERE position = 4");
        assertThat(problems()).containsExactly("Receipt 000002 (sale of " + DAY + "): its link in the chain was edited.");
    }

    @Test
    void anEditedPreviousHashIsNamedAsTheLink() throws SQLException {
        tamper("UPDATE chain_link SET previous_hash = REPEAT('b', 64) WHERE position = 5");
        assertThat(problems()).containsExactly("Receipt 000003 (sale of " + DAY + "): its link in the chain was edited.");
    }

    @Test
    void aRecordEditedWithItsHashRecomputedBreaksTheJoinToTheNext() throws SQLException {
        // What a careful forger does: change the sale, then write the hash its new form has.
        tamper("UPDATE sale SET total = 1 WHERE receipt_number = 3");
        ChainCheck.Link changed = stores.chain().read().links().get(4);
        String forged = com.knead.domain.ChainForm.hash(changed.form(), changed.kind(), changed.record(), changed.previousHash(),
                changed.body());
        tamper("UPDATE chain_link SET hash = '" + forged + "' WHERE position = 5");
        assertThat(problems()).containsExactly("Receipt 000003 (sale of " + DAY + ") was changed and its link in the "
                + "chain rewritten to match; the chain breaks after it.");
    }

    @Test
    void aDeletedLinkLeavesItsRecordUnlinkedAndAGap() throws SQLException {
        tamper("DELETE FROM chain_link WHERE position = 3");
        assertThat(problems()).containsExactly(
                "1 record(s) between The drawer pay-in of 20.00 at 2026-03-10 10:01 UTC and Receipt 000002 (sale of "
                        + DAY + "), were deleted with their links in the chain.",
                "Receipt 000001 (sale of " + DAY + ") was added outside Knead: it has no link in the chain.");
    }

    @Test
    void theLastRecordDeletedWithItsLinkIsFoundByTheHead() throws SQLException {
        tamper("DELETE FROM drawer_movement WHERE kind = 'PAY_OUT'", "DELETE FROM chain_link WHERE position = 8");
        assertThat(problems()).containsExactly("1 record(s) at the end of the chain were deleted with their links, "
                + "after Receipt 000005 (refund of " + DAY + ").");
    }

    @Test
    void concurrentSalesKeepOneChain() throws Exception {
        int threads = 6;
        int each = 5;
        List<com.knead.domain.Visit> visits = new ArrayList<>();
        for (int i = 0; i < threads * each; i++) {
            visits.add(checkIn(stores, "Guest " + i, String.format("555 000 %04d", i), MORNING.plusSeconds(700 + i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t * each;
                done.add(pool.submit((Callable<Void>) () -> {
                    for (int i = first; i < first + each; i++) {
                        if (i % 2 == 0) {
                            recordCashSale(stores, visits.get(i), "100.00", MORNING.plusSeconds(2000 + i));
                        } else {
                            stores.drawer().move(new CashDrawer.Movement(CashDrawer.Kind.NO_SALE, money(stores, "0.00"),
                                    "change for " + i, MORNING.plusSeconds(2000 + i)));
                            recordCashSale(stores, visits.get(i), "100.00", MORNING.plusSeconds(2000 + i));
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        int written = 8 + threads * each + threads * each / 2;
        ChainStore.Snapshot chain = stores.chain().read();
        assertThat(chain.links()).extracting(ChainCheck.Link::position)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, written).boxed().toList());
        assertThat(problems()).isEmpty();
        closeStores();
        try (Connection c = TestClinic.jdbc(dir); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(DISTINCT previous_hash), COUNT(*) FROM chain_link")) {
            rs.next();
            assertThat(rs.getLong(1)).as("no two links follow the same one").isEqualTo(rs.getLong(2));
        }
    }

    @Test
    void verifyingWhileTheDeskSellsSeesEachSaleWithItsLinkOrNotAtAll() throws Exception {
        List<com.knead.domain.Visit> visits = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            visits.add(checkIn(stores, "Walk-in " + i, String.format("555 111 %04d", i), MORNING.plusSeconds(700 + i)));
        }
        ExecutorService desk = Executors.newSingleThreadExecutor();
        try {
            Future<?> selling = desk.submit(() -> visits.forEach(visit ->
                    recordCashSale(stores, visit, "100.00", MORNING.plusSeconds(3000))));
            int checks = 0;
            while (!selling.isDone() || checks == 0) {
                assertThat(problems()).as("verify number %d while selling", ++checks).isEmpty();
            }
            selling.get();
        } finally {
            desk.shutdown();
        }
        assertThat(problems()).isEmpty();
        assertThat(stores.chain().read().links()).hasSize(8 + 40);
    }

    /** A gift card sold and half spent, and a package sold with one of its visits used, after the morning. */
    private void prepaidAtNoon() {
        Instant noon = MORNING.plusSeconds(7200);
        com.knead.domain.PrepaidCode card = new com.knead.domain.PrepaidCode("GC-0001");
        com.knead.domain.PrepaidCode pack = new com.knead.domain.PrepaidCode("PK-0001");
        stores.sales().record(new com.knead.domain.SaleDraft(stores.clinic(), null, "Counter")
                .addLine(com.knead.domain.SaleLine.giftCard(card, money(stores, "50.00")))
                .addTender(com.knead.domain.Tender.cash(money(stores, "50.00"))), noon);
        com.knead.domain.Visit visit = checkIn(stores, "Dana Dale", "555 666 7777", noon.plusSeconds(60));
        com.knead.domain.SaleDraft paid = com.knead.domain.SaleDraft.forVisit(stores.clinic(), visit)
                .addTender(com.knead.domain.Tender.giftCard(money(stores, "25.00"), card));
        stores.sales().record(paid.addTender(com.knead.domain.Tender.cash(paid.balanceDue())), noon.plusSeconds(120));
        com.knead.domain.Modality modality = TestClinic.modality(stores, "Deep tissue");
        com.knead.domain.ServicePrice hour = TestClinic.price(stores, modality, 60);
        stores.sales().record(new com.knead.domain.SaleDraft(stores.clinic(), null, "Dana Dale")
                .addLine(com.knead.domain.SaleLine.packageOf(pack, modality, 60, 3, hour.price().times(3)))
                .addTender(com.knead.domain.Tender.cash(hour.price().times(3))), noon.plusSeconds(180));
        com.knead.domain.Visit used = checkIn(stores, "Dana Dale", "555 666 7777", noon.plusSeconds(240));
        stores.sales().record(com.knead.domain.SaleDraft.forVisit(stores.clinic(), used)
                .addTender(com.knead.domain.Tender.packageCredit(used.price(), pack)), noon.plusSeconds(300));
    }

    @Test
    void anEditedPrepaidMovementOrTaxRateIsNamed() throws SQLException {
        prepaidAtNoon();
        assertThat(problems()).isEmpty();
        assertThat(stores.chain().read().links()).extracting(ChainCheck.Link::kind)
                .containsSubsequence("sale", "gift-card-movement", "sale", "gift-card-movement")
                .filteredOn(kind -> kind.equals("package-movement")).hasSize(2);
        tamper("UPDATE gift_card_movement SET amount = 500 WHERE amount = 50",
                "UPDATE package_movement SET visits = -9 WHERE visits = -1",
                "UPDATE sale SET tax_rate = 0 WHERE receipt_number = 3");
        assertThat(problems()).containsExactly(
                "Receipt 000003 (sale of " + DAY + ") was changed after it was recorded.",
                "The gift card movement of 50.00 at 2026-03-10 12:00 UTC was changed after it was recorded.",
                "The package movement of -1 visit(s) at 2026-03-10 12:05 UTC was changed after it was recorded.");
        tamper("DELETE FROM gift_card_movement WHERE amount = -25",
                "INSERT INTO package_movement (id, package_id, sale_id, visits, created_at, updated_at) SELECT RANDOM_UUID(), "
                        + "package_id, sale_id, 5, created_at, updated_at FROM package_movement WHERE visits = 3");
        assertThat(problems()).contains(
                "The gift card movement of -25.00 at 2026-03-10 12:02 UTC was deleted: its link in the chain points at nothing.",
                "The package movement of 5 visit(s) at 2026-03-10 12:03 UTC was added outside Knead: it has no link in the chain.");
    }

    @Test
    void linksMadeBeforeSchema29StillVerifyAndItsPrepaidMovementsAreLinkedOnce() throws SQLException {
        prepaidAtNoon();
        // The chain as a clinic on schema 28 has it: every link in form 1, the movements unlinked.
        closeStores();
        try (Connection c = TestClinic.jdbc(dir); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM chain_link WHERE kind IN ('gift-card-movement', 'package-movement')");
            List<Object[]> links = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT position, kind, record_id FROM chain_link ORDER BY position")) {
                while (rs.next()) {
                    links.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getObject(3, java.util.UUID.class)});
                }
            }
            String previous = com.knead.domain.ChainForm.GENESIS;
            long position = 0;
            for (Object[] link : links) {
                ChainedKinds.Kind kind = ChainedKinds.byTag((String) link[1]);
                java.util.UUID id = (java.util.UUID) link[2];
                String hash = com.knead.domain.ChainForm.hash(kind.tag(), id, previous, Chain.one(c, kind, id).body(1));
                try (var ps = c.prepareStatement("UPDATE chain_link SET position = ?, previous_hash = ?, hash = ?, form = 1 "
                        + "WHERE kind = ? AND record_id = ?")) {
                    ps.setLong(1, ++position);
                    ps.setString(2, previous);
                    ps.setString(3, hash);
                    ps.setString(4, kind.tag());
                    ps.setObject(5, id);
                    ps.executeUpdate();
                }
                previous = hash;
            }
            st.executeUpdate("UPDATE chain_head SET kinds = 1, last_position = " + position + ", last_hash = '" + previous + "'");
        }
        reopenStores();
        ChainStore.Snapshot chain = stores.chain().read();
        assertThat(problems()).as("old links verify in form 1; the movements were linked at the start").isEmpty();
        assertThat(chain.links()).extracting(ChainCheck.Link::form).startsWith(1).endsWith(2);
        assertThat(chain.links()).filteredOn(link -> link.kind().equals("gift-card-movement") || link.kind().equals("package-movement")).hasSize(4)
                .allSatisfy(link -> assertThat(link.form()).isEqualTo(2));
        // Linked once: a movement added afterwards by SQL is named, at this start and the next.
        tamper("INSERT INTO package_movement (id, package_id, sale_id, visits, created_at, updated_at) SELECT RANDOM_UUID(), "
                + "package_id, sale_id, 5, created_at, updated_at FROM package_movement WHERE visits = 3");
        closeStores();
        reopenStores();
        assertThat(problems()).containsExactly(
                "The package movement of 5 visit(s) at 2026-03-10 12:03 UTC was added outside Knead: it has no link in the chain.");
        // An old link's form edited to the new one no longer hashes to it.
        tamper("DELETE FROM package_movement WHERE visits = 5", "UPDATE chain_link SET form = 2 WHERE position = 3");
        assertThat(problems()).hasSize(1).first().asString().contains("was changed after it was recorded");
    }

    @Test
    void rowsFromBeforeTheChainAreLinkedAtTheUpgrade() throws SQLException {
        // Back to version 19 as it was shipped, with this day's rows in it.
        closeStores();
        try (Connection c = TestClinic.jdbc(dir); Statement st = c.createStatement()) {
            st.executeUpdate("DROP TABLE client_merge");
            st.executeUpdate("DROP TABLE client_contact_change");
            st.executeUpdate("DROP TABLE session_note");
            st.executeUpdate("DROP TABLE prepaid_offer");
            st.executeUpdate("DROP TABLE chain_link");
            st.executeUpdate("DROP TABLE chain_head");
            st.executeUpdate("DROP TABLE z_report");
            // ... and without the sync's outbox (V24), which the upgrade then fills from the same rows.
            st.executeUpdate("DROP TABLE outbox");
            st.executeUpdate("DROP TABLE sync_state");
            st.executeUpdate("ALTER TABLE client DROP COLUMN version");
            st.executeUpdate("ALTER TABLE client DROP COLUMN version_location");
            st.executeUpdate("DELETE FROM counter WHERE name = 'outbox'");
            // ... and without the dated tax rate and the asked wording (V26).
            st.executeUpdate("DROP TABLE tax_rate_change");
            st.executeUpdate("ALTER TABLE sale DROP COLUMN tax_rate");
            st.executeUpdate("ALTER TABLE intake_answer DROP COLUMN asked_prompt");
            st.executeUpdate("ALTER TABLE intake_answer DROP COLUMN asked_choices");
            st.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('20', '21', '23', '24', '26', '28', '29', '33')");
        }
        reopenStores();
        ChainStore.Snapshot chain = stores.chain().read();
        assertThat(chain.links()).hasSize(8);
        assertThat(chain.links()).extracting(ChainCheck.Link::label).first()
                .isEqualTo("The drawer opening of " + DAY + " (float 150.00)");
        assertThat(problems()).isEmpty();
        // And it stays chained: the next sale follows on, and a later edit is still found.
        recordCashSale(stores, checkIn(stores, "Dev Diaz", "555 444 5555", MORNING.plusSeconds(900)), "85.00",
                MORNING.plusSeconds(960));
        assertThat(problems()).isEmpty();
        tamper("UPDATE sale SET tip = 5 WHERE receipt_number = 1");
        assertThat(problems()).containsExactly("Receipt 000001 (sale of " + DAY + ") was changed after it was recorded.");
    }
}
