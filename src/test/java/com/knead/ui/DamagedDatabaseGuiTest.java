package com.knead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.app.KneadWindows;
import com.knead.domain.ContactDetails;
import com.knead.domain.Modality;
import com.knead.domain.ServicePrice;
import com.knead.domain.Visit;
import com.knead.store.Stores;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clinic whose database file is damaged is offered its newest backup when Knead starts, not a
 * stack trace: restored, Knead opens on it, and the damaged file is kept beside it.
 */
class DamagedDatabaseGuiTest {

    @TempDir
    Path data;
    @TempDir
    Path usb;

    private Robot robot;
    private KneadWindows app;

    @AfterEach
    void closeKnead() throws Exception {
        if (app != null) {
            app.close();
            app.exited().get(60, TimeUnit.SECONDS);
        }
        if (robot != null) {
            robot.cleanUp();
        }
    }

    @Test
    void theNewestBackupIsOfferedAndRestoredWhenTheDatabaseIsDamaged() throws Exception {
        Path passphrase = Files.writeString(usb.resolve("pass.txt"), "willow bark and birch\n");
        assertThat(com.knead.app.Main.commandLine("backup").execute("backup", "setup", "--data", data.toString(),
                "--to", usb.resolve("backups").toString(), "--passphrase-file", passphrase.toString())).isZero();
        try (Stores stores = Stores.open(data)) {
            Modality swedish = stores.catalog().priceListOn(LocalDate.now()).modalities().get(0);
            ServicePrice price = stores.catalog().priceListOn(LocalDate.now()).pricesOf(swedish.id()).get(0);
            stores.visits().checkIn(ContactDetails.of("Ada Backedup", "555 010 0101"), swedish, price, Instant.now());
            stores.backups().backUp("by-hand", Instant.now());
        }
        // Both of H2's file headers overwritten: the file no longer opens.
        try (RandomAccessFile file = new RandomAccessFile(data.resolve("knead.mv.db").toFile(), "rw")) {
            file.write(new byte[8192]);
        }

        FailOnThreadViolationRepaintManager.install();
        robot = BasicRobot.robotWithNewAwtHierarchy();
        app = KneadWindows.launch(new KneadWindows.Options(data, false, null, Duration.ofMinutes(5)), () -> { });
        JOptionPaneFixture offer = JOptionPaneFinder.findOptionPane().withTimeout(60, TimeUnit.SECONDS).using(robot);
        GuiTesting.screenshot(offer.target(), "damaged-database-offer");
        assertThat(org.assertj.swing.edt.GuiActionRunner.execute(() -> offer.target().getMessage().toString())).contains("The newest backup was made", "Restore it?")
                .doesNotContain("Exception", "at com.");
        offer.buttonWithText("Restore the backup").click();
        app.ready().get(90, TimeUnit.SECONDS);

        assertThat(app.stores().visits().forDay(app.stores().clinic().businessDay(Instant.now())))
                .extracting(Visit::clientName).contains("Ada Backedup");
        try (var files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("knead-before-restore-"));
        }
    }
}
