package com.knead.ui;

import static com.knead.ui.GuiTesting.screenshot;
import static com.knead.ui.GuiTesting.text;
import static com.knead.ui.GuiTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.report.ReportTemplates;
import com.knead.store.DemoFolder;
import com.knead.store.Stores;
import com.knead.usecase.OfficeServices;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JTable;
import org.assertj.swing.core.Robot;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The office's Prices page in a real window on real H2: the owner unlocks the office, gives Swedish
 * 60 min a new price from tomorrow and sees it waiting and in the history; a past day is refused with
 * its sentence beside the field.
 */
class OfficePricesGuiTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path data;

    private Stores stores;
    private Robot robot;
    private FrameFixture office;

    @BeforeAll
    static void failOnThreadViolations() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() {
        stores = DemoFolder.open(data);
        OfficeServices services = OfficeServices.over(stores, new ReportTemplates(), Clock.systemDefaultZone());
        office = OfficeWindow.show(services, null); // At the size the office opens at.
        robot = office.robot();
    }

    @AfterEach
    void close() {
        office.cleanUp();
        stores.close();
    }

    private static int rowOf(JTable table, String what, String length) {
        return GuiActionRunner.execute(() -> {
            for (int row = 0; row < table.getRowCount(); row++) {
                if (what.equals(table.getValueAt(row, 0)) && length.equals(table.getValueAt(row, 1))) {
                    return row;
                }
            }
            return -1;
        });
    }

    @Test
    void theOwnerChangesSwedishFromTomorrowAndSeesItWaitingAndInTheHistory() {
        LocalDate today = stores.clinic().businessDay(Clock.systemDefaultZone().instant());
        LocalDate tomorrow = today.plusDays(1);
        office.comboBox("office.owner").requireSelection("Olivia Park");
        OfficeWindow.unlockAt(office, "4827", "Prices", WAIT);

        JTableFixture table = office.table("office.prices.table");
        javax.swing.text.JTextComponent from = office.textBox("office.prices.from").target();
        waitUntil("the prices are read", WAIT, () -> rowOf(table.target(), "Swedish", "60 min") >= 0
                && today.toString().equals(from.getText()));
        int swedish60 = rowOf(table.target(), "Swedish", "60 min");
        table.requireCellValue(TableCell.row(swedish60).column(2), "80.00");

        javax.swing.text.JTextComponent fromProblem = office.textBox("office.prices.fromProblem").target();
        office.textBox("office.prices.from").deleteText().enterText(today.minusDays(1).toString());
        waitUntil("a past day is refused", WAIT, () -> fromProblem.getText().contains("has passed"));
        assertThat(text(fromProblem)).isEqualTo(today.minusDays(1) + " has passed; a new price takes effect today or on a later day.");
        screenshot(office.target(), "office-prices-1-past-day-refused");

        office.textBox("office.prices.from").deleteText().enterText(tomorrow.toString());
        waitUntil("tomorrow is fine", WAIT, () -> text(fromProblem).isBlank());
        table.enterValue(TableCell.row(swedish60).column(4), "105");
        waitUntil("the new price waits for tomorrow", WAIT,
                () -> ("105.00 from " + tomorrow).equals(table.target().getValueAt(swedish60, 3)));
        table.requireCellValue(TableCell.row(swedish60).column(2), "80.00");
        assertThat(text(office.textBox("office.prices.result").target()))
                .isEqualTo("Swedish 60 min: 105.00 from " + tomorrow + ", saved.");
        @SuppressWarnings("unchecked")
        JList<String> history = (JList<String>) office.list("office.prices.history").target();
        String newest = GuiActionRunner.execute(() -> history.getModel().getElementAt(0));
        assertThat(newest).endsWith("Swedish 60 min: 105.00 from " + tomorrow + ", by Olivia Park");
        screenshot(office.target(), "office-prices-2-waiting-for-tomorrow");

        assertThat(stores.audit().latest(1)).singleElement().satisfies(entry ->
                assertThat(entry.detail()).isEqualTo("Swedish 60 min: 80.00 → 105.00 from " + tomorrow));
        assertThat(stores.catalog().priceListOn(today).prices()).anySatisfy(p ->
                assertThat(p.price()).isEqualTo(stores.clinic().money("80.00")));

        // A gift card at a set value, on the price list from tomorrow (the day still typed above).
        office.tabbedPane("office.prices.editors").selectTab("Packages and gift cards");
        office.button("office.prepaid.addGiftCard").click();
        javax.swing.text.JTextComponent prepaidProblem = office.textBox("office.prepaid.problem").target();
        waitUntil("a gift card without a value is refused", WAIT, () -> !text(prepaidProblem).isBlank());
        office.textBox("office.prepaid.price").enterText("0");
        office.button("office.prepaid.addGiftCard").click();
        waitUntil("a value of zero is refused", WAIT, () -> text(prepaidProblem).equals("Type a price above zero."));
        office.textBox("office.prepaid.price").deleteText().enterText("150");
        office.button("office.prepaid.addGiftCard").click();
        waitUntil("the gift card is on the price list", WAIT, () -> rowOf(table.target(), "Gift card", "Gift card 150.00") >= 0);
        int card = rowOf(table.target(), "Gift card", "Gift card 150.00");
        table.requireCellValue(TableCell.row(card).column(2), "not priced yet");
        table.requireCellValue(TableCell.row(card).column(3), "150.00 from " + tomorrow);
        assertThat(text(office.textBox("office.prepaid.result").target()))
                .isEqualTo("Gift card 150.00 from " + tomorrow + ", saved.");
        assertThat(text(prepaidProblem)).isBlank();
        assertThat(office.textBox("office.prepaid.price").target().getText()).as("cleared for the next one").isEmpty();
        screenshot(office.target(), "office-prices-3-gift-card-from-tomorrow");
        assertThat(stores.catalog().priceListOn(tomorrow).prepaid()).singleElement().satisfies(p ->
                assertThat(p.price()).isEqualTo(stores.clinic().money("150.00")));
    }
}
