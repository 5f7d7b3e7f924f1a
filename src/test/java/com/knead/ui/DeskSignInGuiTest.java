package com.knead.ui;

import static com.knead.ui.GuiTesting.screenshot;
import static com.knead.ui.GuiTesting.text;
import static com.knead.ui.GuiTesting.waitUntil;
import static com.knead.ui.RunningDesk.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.ContactDetails;
import com.knead.domain.Modality;
import com.knead.domain.ServicePrice;
import com.knead.store.AuditStore;
import com.knead.store.DemoSeed;
import com.knead.store.DemoFolder;
import com.knead.store.Stores;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JLabel;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signing in at the real desk: Riley taps her name and her PIN on the number pad, takes a cash sale
 * whose receipt names her; Switch and Maya's name hand the desk over in two taps (her PIN typed on
 * the keyboard); five wrong PINs lock Sam with the sentence on screen; each is in the audit log.
 */
class DeskSignInGuiTest {

    @TempDir
    Path data;

    @Test
    void rileySellsMayaTakesOverInTwoTapsAndFiveWrongPinsLockSam() throws Exception {
        try (Stores stores = DemoFolder.open(data)) {
            Modality deep = stores.catalog().priceListOn(java.time.LocalDate.now()).modalities().stream()
                    .filter(m -> m.name().equals("Deep tissue")).findFirst().orElseThrow();
            ServicePrice sixty = stores.catalog().priceListOn(java.time.LocalDate.now()).price(deep.id(), 60).orElseThrow();
            stores.visits().checkIn(ContactDetails.of("Ada Lovelace", "555 010 0000"), deep, sixty, Instant.now());
        }
        try (RunningDesk running = RunningDesk.launch(data, 1, null, null)) {
            FrameFixture desk = running.desk();
            JLabel header = running.robot().finder().findByName(desk.target(), "desk.signedIn", JLabel.class, false);
            desk.panel("desk.signInCard").requireVisible();
            desk.toggleButton("signIn.name." + DemoSeed.DEMO_CASHIER).click();
            for (char digit : DemoSeed.DEMO_CASHIER_PIN.toCharArray()) {
                desk.button("key." + digit).click();
            }
            screenshot(desk.target(), "desk-sign-in-card");
            desk.button("signIn.submit").click();
            waitUntil("Riley is signed in", WAIT, () -> header.isShowing() && header.getText().equals("Signed in: Riley Brooks"));

            running.select("Ada Lovelace");
            desk.textBox("desk.cash").setText("100.00");
            desk.button("desk.finishSale").click();
            JLabel result = desk.label("desk.result").target();
            waitUntil("the sale is saved", WAIT, () -> result.getText().startsWith("Receipt 000001 saved"));
            screenshot(desk.target(), "desk-signed-in-riley");
            assertThat(ThinSaleEndToEndTest.pdfText(data.resolve("receipts/receipt-000001.pdf"))).contains("Cashier: Riley");
            assertThat(running.stores().sales().forDay(running.stores().clinic().businessDay(Instant.now())))
                    .singleElement().satisfies(sale -> assertThat(sale.cashierName()).isEqualTo("Riley Brooks"));

            desk.button("desk.switch").click();                                  // tap 1
            desk.toggleButton("signIn.name." + DemoSeed.DEMO_MAYA).click();      // tap 2
            desk.textBox("signIn.pin").enterText(DemoSeed.DEMO_MAYA_PIN).pressAndReleaseKeys(KeyEvent.VK_ENTER);
            waitUntil("Maya is signed in", WAIT, () -> header.isShowing() && header.getText().equals("Signed in: Maya Chen"));

            desk.button("desk.switch").click();
            desk.toggleButton("signIn.name." + DemoSeed.DEMO_SAM).click();
            javax.swing.text.JTextComponent problem = desk.textBox("signIn.problem").target();
            for (int wrong = 1; wrong <= 5; wrong++) {
                int left = 5 - wrong;
                desk.textBox("signIn.pin").setText("1111");
                desk.button("signIn.submit").click();
                waitUntil("wrong PIN " + wrong + " is told", WAIT, () -> text(problem).startsWith(left == 0
                        ? "Sam Ortiz's PIN is locked" : "That PIN is not right for Sam Ortiz. Try again; after " + left));
            }
            assertThat(text(problem)).startsWith("Sam Ortiz's PIN is locked after 5 wrong tries, until ")
                    .endsWith(". Wait, or ask the owner.");
            screenshot(desk.target(), "desk-sign-in-locked");

            List<String> log = new ArrayList<>();
            for (AuditStore.Entry entry : running.stores().audit().latest(50)) {
                String who = entry.staff().flatMap(id -> running.stores().staff().find(id)).map(m -> m.name()).orElse("");
                log.add(0, entry.action() + " " + entry.outcome() + " " + who + (entry.detail().isEmpty() ? "" : " " + entry.detail()));
            }
            assertThat(log).containsSubsequence("sign in signed in Riley Brooks",
                    "switch signed in Maya Chen after Riley Brooks", "PIN wrong Sam Ortiz take payments at the desk",
                    "PIN locked Sam Ortiz 5 wrong PINs in a row");
        }
    }
}
