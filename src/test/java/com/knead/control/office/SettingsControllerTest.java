package com.knead.control.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.control.ImmediateTasks;
import com.knead.control.office.SettingsState.Part;
import com.knead.domain.Room;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.store.AuditStore;
import com.knead.store.DemoSeed;
import com.knead.store.DemoFolder;
import com.knead.store.Stores;
import com.knead.usecase.ClinicSettings;
import com.knead.usecase.DeskSignIn;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The office's Settings page on real H2: each editor saves, refuses in plain words, checks rights and audits. */
class SettingsControllerTest {

    @TempDir
    Path dir;

    private Stores stores;
    private StaffMember owner;
    private StaffMember cashier;
    private final AtomicReference<StaffMember> who = new AtomicReference<>();
    private SettingsController settings;

    @BeforeEach
    void open() {
        stores = DemoFolder.open(dir);
        owner = member(DemoSeed.DEMO_OWNER);
        cashier = stores.staff().active().stream().filter(m -> m.role() == StaffRole.CASHIER).findFirst().orElseThrow();
        who.set(owner);
        settings = new SettingsController(new ClinicSettings(stores, Clock.systemUTC()), new ImmediateTasks(), who::get,
                state -> { });
        settings.load();
    }

    @AfterEach
    void close() {
        stores.close();
    }

    private StaffMember member(String name) {
        return stores.staff().active().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> settingsAudit() {
        return stores.audit().latest(50).stream().filter(e -> e.action().equals("settings"))
                .peek(e -> assertThat(e.place()).isEqualTo("office"))
                .peek(e -> assertThat(e.staff()).isPresent())
                .map(AuditStore.Entry::detail).toList();
    }

    @Test
    void theClinicsDetailsChangeOnTheNextReceiptAndAreAudited() {
        assertThat(settings.state().clinic().name()).isEqualTo(DemoSeed.DEMO_CLINIC);

        settings.saveDetails("Willow Massage", "3 Elm Road", "555-0199");

        assertThat(settings.state().done(Part.DETAILS)).isEqualTo("Saved: receipts now read Willow Massage.");
        assertThat(stores.clinic().name()).isEqualTo("Willow Massage");
        assertThat(stores.clinic().address()).isEqualTo("3 Elm Road");
        assertThat(settingsAudit()).contains("clinic name: Knead Demo Clinic → Willow Massage",
                "clinic address: 12 Willow Lane, Springfield → 3 Elm Road", "clinic phone: 555-0100 → 555-0199");

        settings.saveDetails("  ", "3 Elm Road", "");
        assertThat(settings.state().problem(Part.DETAILS)).isEqualTo("Type the clinic's name, as it should read on receipts.");
        assertThat(settings.state().done(Part.DETAILS)).isEmpty();
        assertThat(stores.clinic().name()).isEqualTo("Willow Massage");
    }

    @Test
    void onlySomeoneWithTheRightMayChangeSettings() {
        who.set(cashier);

        settings.saveDetails("Cashier's Clinic", "Somewhere", "");
        settings.addRoom("Room 9");
        settings.saveKioskTimes("30", "10");

        assertThat(settings.state().problem(Part.DETAILS)).contains("change the clinic's settings");
        assertThat(settings.state().problem(Part.ROOMS)).contains("change the clinic's settings");
        assertThat(stores.clinic().name()).isEqualTo(DemoSeed.DEMO_CLINIC);
        assertThat(stores.rooms().all()).extracting(Room::name).as("the demo's rooms, and no other")
                .containsExactly("Willow room", "Cedar room", "Hot stone room");
        assertThat(settingsAudit()).isEmpty();
    }

    @Test
    void aLogoIsCopiedIntoTheDataFolderAndAPictureThatIsNotOneIsRefused() throws IOException {
        Path picture = dir.getParent().resolve("clinic-logo-" + System.nanoTime() + ".png");
        BufferedImage image = new BufferedImage(60, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.GREEN);
        g.fillRect(0, 0, 60, 30);
        g.dispose();
        ImageIO.write(image, "png", picture.toFile());
        Path notAPicture = dir.getParent().resolve("notes-" + System.nanoTime() + ".png");
        Files.writeString(notAPicture, "this is text");
        try {
            settings.chooseLogo(notAPicture);
            assertThat(settings.state().problem(Part.LOGO)).endsWith("is not a picture Knead can print; choose a PNG, JPEG or GIF file.");
            assertThat(stores.clinic().logo()).isEmpty();

            settings.chooseLogo(picture);
            assertThat(settings.state().problem(Part.LOGO)).isEmpty();
            Path kept = Path.of(stores.clinic().logo());
            assertThat(kept.getParent()).isEqualTo(stores.folder());
            assertThat(Files.readAllBytes(kept)).isEqualTo(Files.readAllBytes(picture));
            Files.delete(picture);
            assertThat(Files.exists(kept)).as("a copy, not a link to the chosen file").isTrue();
            assertThat(settingsAudit()).contains("receipt logo: none → " + picture.getFileName());

            settings.removeLogo();
            assertThat(stores.clinic().logo()).isEmpty();
        } finally {
            Files.deleteIfExists(picture);
            Files.deleteIfExists(notAPicture);
        }
        // the logo survives a restart
        settings.chooseLogo(writePicture());
        stores.close();
        stores = DemoFolder.open(dir);
        assertThat(stores.clinic().logo()).endsWith("receipt-logo.png");
    }

    private Path writePicture() throws IOException {
        Path picture = dir.resolve("chosen.png");
        ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "png", picture.toFile());
        return picture;
    }

    @Test
    void roomsAreAddedRenamedAndRetired() {
        settings.addRoom("Room 1");
        settings.addRoom("Garden room");
        // After the demo clinic's three rooms.
        assertThat(settings.state().rooms()).extracting(Room::name)
                .containsExactly("Willow room", "Cedar room", "Hot stone room", "Room 1", "Garden room");

        settings.addRoom(" room 1 ");
        assertThat(settings.state().problem(Part.ROOMS)).isEqualTo("There is already a room called room 1; choose another name.");
        settings.addRoom("");
        assertThat(settings.state().problem(Part.ROOMS)).startsWith("Type the room's name");

        Room first = settings.state().rooms().get(3);
        settings.renameRoom(first.id(), "Blue room");
        settings.useRoom(first.id(), false);

        assertThat(settings.state().done(Part.ROOMS)).isEqualTo("The room is retired; past visits keep its name.");
        assertThat(stores.rooms().all()).extracting(Room::name, Room::inUse)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Willow room", true),
                        org.assertj.core.groups.Tuple.tuple("Cedar room", true),
                        org.assertj.core.groups.Tuple.tuple("Hot stone room", true),
                        org.assertj.core.groups.Tuple.tuple("Garden room", true),
                        org.assertj.core.groups.Tuple.tuple("Blue room", false));
        assertThat(settingsAudit()).contains("room: none → Room 1", "room name: Room 1 → Blue room",
                "room Blue room: in use → retired");
    }

    @Test
    void thePrinterAndDrawerKickAreChosenHere() {
        settings.choosePrinter(Optional.of("Front desk"), true);

        assertThat(settings.state().done(Part.PRINTER)).isEqualTo("Receipts print on Front desk.");
        assertThat(stores.settings().receiptPrinter()).contains("Front desk");
        assertThat(stores.settings().drawerKick()).isTrue();
        assertThat(settingsAudit()).contains("receipt printer: none → Front desk", "drawer kick: off → on");

        settings.choosePrinter(Optional.empty(), false);
        assertThat(settings.state().done(Part.PRINTER)).isEqualTo("Receipts are saved as PDF only.");
        assertThat(stores.settings().receiptPrinter()).isEmpty();
    }

    @Test
    void theKioskTimesAreSavedAndBadOnesRefused() {
        assertThat(settings.state().kiosk().idle()).isEqualTo(Duration.ofSeconds(60));

        settings.saveKioskTimes("ninety", "20");
        assertThat(settings.state().problem(Part.KIOSK)).isEqualTo("The idle time must be a whole number of seconds, like 20.");
        settings.saveKioskTimes("90", "500");
        assertThat(settings.state().problem(Part.KIOSK)).isEqualTo("The reset time must be between 5 and 120 seconds.");
        settings.saveKioskTimes("90", "15");

        assertThat(settings.state().kiosk().idle()).isEqualTo(Duration.ofSeconds(90));
        assertThat(new ClinicSettings(stores, Clock.systemUTC()).kioskTimes().reset()).isEqualTo(Duration.ofSeconds(15));
        assertThat(settingsAudit()).contains("kiosk idle seconds: 60 → 90", "kiosk reset seconds: 20 → 15");
    }

    @Test
    void theDesksSignOutMinutesAreSavedAndBadOnesRefusedInASentence() {
        assertThat(settings.state().deskSignOut()).isEqualTo(Duration.ofMinutes(10));

        settings.saveDeskSignOut("a quarter of an hour");
        assertThat(settings.state().problem(Part.DESK))
                .isEqualTo("The desk's sign-out time must be a whole number of minutes, like 10.");
        settings.saveDeskSignOut("300");
        assertThat(settings.state().problem(Part.DESK)).isEqualTo("The desk's sign-out time must be between 1 and 240 minutes.");
        assertThat(stores.settings().get(DeskSignIn.SIGN_OUT_MINUTES)).isEmpty();
        assertThat(settingsAudit()).isEmpty();

        settings.saveDeskSignOut("15");

        assertThat(settings.state().problem(Part.DESK)).isEmpty();
        assertThat(settings.state().done(Part.DESK))
                .isEqualTo("Saved: the desk signs out after 15 min untouched, from its next start.");
        assertThat(settings.state().deskSignOut()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.state().kiosk().idle()).as("the other parts kept").isEqualTo(Duration.ofSeconds(60));
        assertThat(new DeskSignIn(stores.staff(), stores.audit(), stores.settings(), null, Clock.systemUTC())
                .signOutAfter()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settingsAudit()).containsExactly("desk sign-out minutes: 10 → 15");

        who.set(cashier);
        settings.saveDeskSignOut("30");
        assertThat(settings.state().problem(Part.DESK)).contains("change the clinic's settings");
        assertThat(settings.state().done(Part.DESK)).isEmpty();
        assertThat(settings.state().deskSignOut()).isEqualTo(Duration.ofMinutes(15));
    }
}
