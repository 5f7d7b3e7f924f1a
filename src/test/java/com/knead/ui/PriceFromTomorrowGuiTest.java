package com.knead.ui;

import static com.knead.ui.GuiTesting.screenshot;
import static com.knead.ui.GuiTesting.text;
import static com.knead.ui.GuiTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.control.kiosk.MovingClock;
import com.knead.domain.Sale;
import com.knead.store.DemoSeed;
import com.knead.store.Stores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JTable;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A price changed in the office from tomorrow, through the real office, kiosk and desk windows over one
 * data folder, all on one injected clock that the test moves to tomorrow (nobody waits for midnight):
 * today's kiosk offers the old price and a visit checked in today is charged it, also when its sale is
 * finished after the new day began; tomorrow the kiosk offers, and the desk charges, the new one.
 */
class PriceFromTomorrowGuiTest {

    private static final Duration WAIT = WindowsOnOneClock.WAIT;

    @TempDir
    Path data;

    private WindowsOnOneClock windows;
    private Stores stores;
    private MovingClock clock;
    private FrameFixture office;
    private FrameFixture kiosk;
    private FrameFixture desk;

    @BeforeEach
    void open() {
        windows = new WindowsOnOneClock(data);
        stores = windows.stores;
        clock = windows.clock;
        office = windows.office;
        kiosk = windows.kiosk;
        desk = windows.desk;
    }

    @AfterEach
    void close() {
        windows.close();
    }

    private Instant tomorrowAtTen(LocalDate today) {
        return today.plusDays(1).atTime(LocalTime.of(10, 0)).atZone(stores.clinic().zone()).toInstant();
    }

    @Test
    void todayTheOldPriceAlsoForAVisitPaidAfterTheChangeTomorrowTheNewOne() throws Exception {
        LocalDate today = stores.clinic().businessDay(clock.instant());
        LocalDate tomorrow = today.plusDays(1);
        changeSwedish60From(tomorrow, "105");

        // Today: the kiosk offers the old price, and the visit checked in is charged it.
        String offered = checkInSwedish60("Ada Early", "5550100100", "kiosk-price-1-today");
        assertThat(offered).contains("80.00").doesNotContain("105.00");
        RunningDesk.signIn(desk, DemoSeed.DEMO_CASHIER, DemoSeed.DEMO_CASHIER_PIN);
        JTableFixture queue = desk.table("desk.queue");
        waitUntil("Ada's visit is in the desk's queue", WAIT, () -> queue.target().getRowCount() == 1);
        queue.selectRows(0);
        JLabel total = desk.label("desk.total").target();
        waitUntil("the desk shows Ada's visit", WAIT, () -> text(desk.label("desk.visitTitle").target()).contains("Ada Early"));
        assertThat(text(total)).isEqualTo("Total USD 80.00");
        desk.textBox("desk.cash").setText("80.00");
        JButton finish = desk.button("desk.finishSale").target();
        waitUntil("the sale can be finished", WAIT, () -> GuiActionRunner.execute(finish::isEnabled));
        screenshot(desk.target(), "desk-price-1-today-old-price");

        // The new day begins while Ada's sale is on the screen, and the cashier finishes it then. Moving the
        // clock and pressing Finish in one go on the screen's thread keeps the desk's next look at the
        // queue (tomorrow's, without Ada) from coming in between.
        GuiActionRunner.execute(() -> {
            clock.pass(Duration.between(clock.instant(), tomorrowAtTen(today)));
            finish.doClick();
            return null;
        });
        JLabel result = desk.label("desk.result").target();
        waitUntil("the sale is saved", WAIT, () -> text(result).startsWith("Receipt 000001 saved"));
        List<Sale> paidTomorrow = stores.sales().forDay(tomorrow);
        assertThat(paidTomorrow).as("the sale was made on the new day").singleElement().satisfies(sale -> {
            assertThat(sale.clientName()).isEqualTo("Ada Early");
            assertThat(sale.lines()).singleElement().satisfies(line ->
                    assertThat(line.unitPrice()).isEqualTo(stores.clinic().money("80.00")));
            assertThat(sale.totals().total()).isEqualTo(stores.clinic().money("80.00"));
        });
        Path receipt = data.resolve("receipts/receipt-000001.pdf");
        waitUntil("the receipt PDF is written", WAIT, () -> java.nio.file.Files.exists(receipt));
        assertThat(ThinSaleEndToEndTest.pdfText(receipt)).contains("Swedish, 60 min", "80.00").doesNotContain("105.00");
        waitUntil("the desk shows tomorrow's queue, empty so far", WAIT, () -> queue.target().getRowCount() == 0);

        // Tomorrow: the same kiosk, still running, offers the new price, and the desk charges it.
        kiosk.button("kiosk.done").click();
        String offeredTomorrow = checkInSwedish60("Bea Later", "5550100200", "kiosk-price-2-tomorrow");
        assertThat(offeredTomorrow).contains("105.00").doesNotContain("80.00");
        waitUntil("Bea's visit is in tomorrow's queue", WAIT, () -> queue.target().getRowCount() == 1);
        queue.requireCellValue(TableCell.row(0).column(1), "Bea Later");
        queue.selectRows(0);
        waitUntil("the desk shows Bea's visit", WAIT, () -> text(desk.label("desk.visitTitle").target()).contains("Bea Later"));
        assertThat(text(total)).isEqualTo("Total USD 105.00");
        desk.textBox("desk.cash").setText("105.00");
        waitUntil("the sale can be finished", WAIT, () -> GuiActionRunner.execute(finish::isEnabled));
        desk.button("desk.finishSale").click();
        waitUntil("the sale is saved", WAIT, () -> text(result).startsWith("Receipt 000002 saved"));
        screenshot(desk.target(), "desk-price-2-tomorrow-new-price");
        assertThat(stores.sales().forDay(tomorrow)).extracting(s -> s.clientName() + " " + s.totals().total())
                .containsExactly("Ada Early " + stores.clinic().money("80.00"), "Bea Later " + stores.clinic().money("105.00"));
    }

    /** The owner unlocks the office and gives Swedish 60 min a new price from {@code from}. */
    private void changeSwedish60From(LocalDate from, String price) {
        windows.unlockOfficeAt("Prices");
        JTableFixture table = office.table("office.prices.table");
        waitUntil("the prices are read", WAIT, () -> swedish60Row(table.target()) >= 0);
        int row = swedish60Row(table.target());
        office.textBox("office.prices.from").deleteText().enterText(from.toString());
        table.enterValue(TableCell.row(row).column(4), price);
        waitUntil("the new price waits for " + from, WAIT,
                () -> (price + ".00 from " + from).equals(GuiActionRunner.execute(() -> table.target().getValueAt(row, 3))));
        table.requireCellValue(TableCell.row(row).column(2), "80.00");
        screenshot(office.target(), "office-price-from-tomorrow");
        windows.hideOffice();
    }

    private static int swedish60Row(JTable table) {
        return GuiActionRunner.execute(() -> {
            for (int row = 0; row < table.getRowCount(); row++) {
                if ("Swedish".equals(table.getValueAt(row, 0)) && "60 min".equals(table.getValueAt(row, 1))) {
                    return row;
                }
            }
            return -1;
        });
    }

    /** A quiet new visitor through the kiosk; returns what the Swedish 60 min card said, then checks in for it. */
    private String checkInSwedish60(String name, String phone, String shot) {
        KioskDriver driver = windows.kioskDriver();
        driver.newVisitor(name, phone, "1", "2", "1980").quietlyThroughTheForm();
        JButton card = kiosk.button("kiosk.service.SWEDISH.60").target();
        GuiActionRunner.execute(() -> card.scrollRectToVisible(new java.awt.Rectangle(card.getSize())));
        String said = GuiActionRunner.execute(card::getText);
        screenshot(kiosk.target(), shot);
        driver.choose("SWEDISH", 60).checkIn();
        return said;
    }
}
