package com.knead.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.knead.domain.Clinic;
import com.knead.domain.Refused;
import com.knead.domain.Room;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.store.AuditStore;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The office's Settings use case on the demo clinic in real H2: each change is kept exactly as typed
 * (stripped), refused at the exact limits, allowed only to someone on the staff list now with the right,
 * and audited once per setting that changed, "setting: old → new", at the clock's instant.
 */
class ClinicSettingsTest extends OpenClinic {

    private static final String NOT_ALLOWED = "Riley Brooks (cashier) may not change the clinic's settings; ask the owner.";

    @TempDir
    Path elsewhere;
    private SettableClock clock;
    private ClinicSettings settings;
    private int auditBefore;

    @BeforeEach
    void settings() {
        clock = new SettableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        settings = new ClinicSettings(stores, clock);
        auditBefore = auditCount();
    }

    /** The settings entries written since the test began, newest first, each the owner's at the office. */
    private List<String> audited() {
        List<AuditStore.Entry> added = officeChangesSince(auditBefore, owner(), clock.instant());
        assertThat(added).allSatisfy(e -> assertThat(e.action()).isEqualTo("settings"));
        return added.stream().map(AuditStore.Entry::detail).toList();
    }

    private Path picture(String name) throws IOException {
        Path file = elsewhere.resolve(name);
        ImageIO.write(new BufferedImage(12, 8, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file;
    }

    @Test
    void theDetailsAreKeptStrippedAndOnlyThoseThatChangedAreAudited() {
        Clinic changed = settings.changeDetails(owner(), "  Willow Massage ", " 3 Elm Road ", " 555-0199 ");

        assertThat(changed.name()).isEqualTo("Willow Massage");
        assertThat(changed.address()).isEqualTo("3 Elm Road");
        assertThat(changed.phone()).isEqualTo("555-0199");
        assertThat(settings.clinic().name()).isEqualTo("Willow Massage");
        assertThat(audited()).containsExactly("clinic phone: 555-0100 → 555-0199",
                "clinic address: 12 Willow Lane, Springfield → 3 Elm Road", "clinic name: Knead Demo Clinic → Willow Massage");

        Clinic noPhone = settings.changeDetails(owner(), "Willow Massage", "3 Elm Road", null);
        assertThat(noPhone.phone()).isEmpty();
        assertThat(noPhone.name()).isEqualTo("Willow Massage");
        assertThat(audited()).as("only the phone changed").hasSize(4)
                .first().isEqualTo("clinic phone: 555-0199 → ");
    }

    @Test
    void detailsAreRefusedAtTheirLimitsAndNothingChanges() {
        assertThatThrownBy(() -> settings.changeDetails(owner(), null, "3 Elm Road", ""))
                .isInstanceOf(Refused.class).hasMessage("Type the clinic's name, as it should read on receipts.");
        assertThatThrownBy(() -> settings.changeDetails(owner(), "Willow", "   ", ""))
                .isInstanceOf(Refused.class).hasMessage("Type the clinic's address, as it should read on receipts.");
        assertThatThrownBy(() -> settings.changeDetails(owner(), "W".repeat(201), "3 Elm Road", ""))
                .isInstanceOf(Refused.class).hasMessage("That is too long; 200 characters at most.");
        assertThatThrownBy(() -> settings.changeDetails(owner(), "Willow", "A".repeat(401), ""))
                .isInstanceOf(Refused.class).hasMessage("That is too long; 400 characters at most.");
        assertThatThrownBy(() -> settings.changeDetails(owner(), "Willow", "3 Elm Road", "5".repeat(61)))
                .isInstanceOf(Refused.class).hasMessage("The phone number is too long; 60 characters at most.");
        assertThat(settings.clinic().name()).isEqualTo("Knead Demo Clinic");
        assertThat(audited()).isEmpty();

        Clinic longest = settings.changeDetails(owner(), "W".repeat(200), "A".repeat(400), "5".repeat(60));
        assertThat(longest.name()).hasSize(200);
        assertThat(longest.address()).hasSize(400);
        assertThat(longest.phone()).hasSize(60);
    }

    @Test
    void anAuditDetailIsCutAtFourHundredCharacters() {
        // "clinic address: " (16) + old + " → " (3) + new: exactly 400 is kept whole, 401 is cut to 399 and "…".
        String before = "B".repeat(190);
        settings.changeDetails(owner(), "Knead Demo Clinic", before, "555-0100");
        String whole = "A".repeat(400 - 16 - 3 - before.length());
        settings.changeDetails(owner(), "Knead Demo Clinic", whole, "555-0100");
        String longer = "C".repeat(400 - 16 - 3 - whole.length() + 1);
        settings.changeDetails(owner(), "Knead Demo Clinic", longer, "555-0100");

        List<String> details = audited();
        assertThat(details.get(1)).isEqualTo("clinic address: " + before + " → " + whole).hasSize(400);
        String cut = "clinic address: " + whole + " → " + longer;
        assertThat(cut).hasSize(401);
        assertThat(details.get(0)).isEqualTo(cut.substring(0, 399) + "…");
    }

    @Test
    void onlyTheOwnerOnTheStaffListNowMayChangeSettings() {
        StaffMember riley = riley();
        assertThatThrownBy(() -> settings.changeDetails(riley, "Riley's", "Here", "")).isInstanceOf(Refused.class)
                .hasMessage(NOT_ALLOWED);
        assertThatThrownBy(() -> settings.addRoom(riley, "Room 9")).hasMessage(NOT_ALLOWED);
        assertThatThrownBy(() -> settings.renameRoom(riley, settings.rooms().get(0).id(), "Room 9")).hasMessage(NOT_ALLOWED);
        assertThatThrownBy(() -> settings.useRoom(riley, settings.rooms().get(0).id(), false)).hasMessage(NOT_ALLOWED);
        assertThatThrownBy(() -> settings.choosePrinter(riley, Optional.of("Front"), true)).hasMessage(NOT_ALLOWED);
        assertThatThrownBy(() -> settings.changeKioskTimes(riley, "30", "10")).hasMessage(NOT_ALLOWED);
        assertThatThrownBy(() -> settings.removeLogo(riley)).hasMessage(NOT_ALLOWED);
        assertThatThrownBy(() -> settings.chooseLogo(riley, picture("riley.png"))).hasMessage(NOT_ALLOWED);
        assertThatThrownBy(() -> settings.changeDetails(null, "Anyone's", "Here", ""))
                .hasMessage("The office is locked; unlock it first.");
        assertThat(settings.clinic().name()).isEqualTo("Knead Demo Clinic");
        assertThat(settings.rooms()).hasSize(3).allMatch(Room::inUse);
        assertThat(settings.kioskTimes()).isEqualTo(new ClinicSettings.KioskTimes(Duration.ofSeconds(60), Duration.ofSeconds(20)));
        assertThat(stores.settings().receiptPrinter()).isEmpty();
        assertThat(audited()).isEmpty();

        // The role as stored counts, not the one the office was unlocked with.
        stores.staff().change(riley.id(), riley.name(), StaffRole.OWNER, true, clock.instant());
        assertThat(settings.addRoom(riley, "Room 9")).extracting(Room::name).contains("Room 9");
        stores.staff().change(riley.id(), riley.name(), StaffRole.OWNER, false, clock.instant());
        assertThatThrownBy(() -> settings.addRoom(riley, "Room 10")).isInstanceOf(Refused.class)
                .hasMessage("Riley Brooks is no longer on the staff list.");
        StaffMember stranger = new StaffMember(UUID.randomUUID(), "Nobody Here", StaffRole.OWNER, owner().pin());
        assertThatThrownBy(() -> settings.addRoom(stranger, "Room 11")).hasMessage("Nobody Here is no longer on the staff list.");
        assertThat(settings.rooms()).extracting(Room::name).doesNotContain("Room 10", "Room 11");
    }

    @Test
    void aLogoIsCopiedIntoTheDataFolderReplacedAndRemovedEachOnceAudited() throws IOException {
        assertThat(settings.removeLogo(owner()).logo()).as("no logo yet: nothing to do").isEmpty();
        assertThat(audited()).isEmpty();

        Path first = picture("first.png");
        Clinic withLogo = settings.chooseLogo(owner(), first);
        Path kept = stores.folder().resolve("receipt-logo.png");
        assertThat(Path.of(withLogo.logo())).isEqualTo(kept);
        assertThat(Files.readAllBytes(kept)).isEqualTo(Files.readAllBytes(first));
        assertThat(stores.folder().resolve("receipt-logo.png.part")).doesNotExist();

        Path second = elsewhere.resolve("second.gif");
        ImageIO.write(new BufferedImage(30, 30, BufferedImage.TYPE_INT_RGB), "gif", second.toFile());
        assertThat(settings.chooseLogo(owner(), second).logo()).isEqualTo(withLogo.logo());
        assertThat(Files.readAllBytes(kept)).isEqualTo(Files.readAllBytes(second));

        Clinic without = settings.removeLogo(owner());
        assertThat(without.logo()).isEmpty();
        assertThat(settings.clinic().logo()).isEmpty();
        assertThat(audited()).containsExactly("receipt logo: a logo → none", "receipt logo: a logo → second.gif",
                "receipt logo: none → first.png");
    }

    @Test
    void aLogoThatIsMissingTooBigNotAPictureOrCannotBeCopiedIsRefused() throws IOException {
        assertThatThrownBy(() -> settings.chooseLogo(owner(), elsewhere.resolve("gone.png"))).isInstanceOf(Refused.class)
                .hasMessage("There is no file gone.png.");
        assertThatThrownBy(() -> settings.chooseLogo(owner(), elsewhere)).hasMessage("There is no file " + elsewhere.getFileName() + ".");
        assertThatThrownBy(() -> settings.chooseLogo(owner(), Path.of("/"))).hasMessage("There is no file /.");
        Path text = elsewhere.resolve("notes.png");
        Files.writeString(text, "this is text");
        assertThatThrownBy(() -> settings.chooseLogo(owner(), text))
                .hasMessage("notes.png is not a picture Knead can print; choose a PNG, JPEG or GIF file.");

        // A picture padded to the limit is taken; one byte more is not.
        Path atLimit = picture("at-limit.png");
        pad(atLimit, 2_000_000);
        Path overLimit = picture("over-limit.png");
        pad(overLimit, 2_000_001);
        assertThatThrownBy(() -> settings.chooseLogo(owner(), overLimit))
                .hasMessage("over-limit.png is too big for a receipt logo; choose a picture under 2 MB.");
        assertThat(settings.clinic().logo()).isEmpty();
        assertThat(audited()).isEmpty();
        assertThat(Files.size(Path.of(settings.chooseLogo(owner(), atLimit).logo()))).isEqualTo(2_000_000);

        // The copy cannot be written: the partial file's place is taken by a folder that is not empty.
        Path blocked = stores.folder().resolve("receipt-logo.png.part");
        Files.createDirectories(blocked.resolve("inside"));
        assertThatThrownBy(() -> settings.chooseLogo(owner(), picture("blocked.png"))).isInstanceOf(Refused.class)
                .hasMessageStartingWith("blocked.png could not be read or copied (");
        assertThat(audited()).containsExactly("receipt logo: none → at-limit.png");
    }

    private static void pad(Path file, long size) throws IOException {
        long missing = size - Files.size(file);
        Files.write(file, new byte[(int) missing], StandardOpenOption.APPEND);
        assertThat(Files.size(file)).isEqualTo(size);
    }

    @Test
    void roomsAreAddedRenamedRetiredAndBroughtBackWithTheirNamesUnique() {
        List<Room> afterAdd = settings.addRoom(owner(), "  Garden room ");
        assertThat(afterAdd).extracting(Room::name, Room::inUse).containsExactly(tuple("Willow room", true),
                tuple("Cedar room", true), tuple("Hot stone room", true), tuple("Garden room", true));
        Room garden = afterAdd.get(3);

        assertThatThrownBy(() -> settings.addRoom(owner(), "CEDAR ROOM")).isInstanceOf(Refused.class)
                .hasMessage("There is already a room called CEDAR ROOM; choose another name.");
        assertThatThrownBy(() -> settings.renameRoom(owner(), garden.id(), "cedar room"))
                .hasMessage("There is already a room called cedar room; choose another name.");
        assertThatThrownBy(() -> settings.addRoom(owner(), " ")).hasMessageStartingWith("Type the room's name");
        assertThatThrownBy(() -> settings.renameRoom(owner(), UUID.randomUUID(), "Blue room"))
                .hasMessage("That room is no longer there; the list has been read again.");
        assertThatThrownBy(() -> settings.useRoom(owner(), UUID.randomUUID(), false))
                .hasMessage("That room is no longer there; the list has been read again.");

        // A room may take its own name in other letters.
        assertThat(settings.renameRoom(owner(), garden.id(), "GARDEN ROOM")).extracting(Room::name).contains("GARDEN ROOM");
        List<Room> renamed = settings.renameRoom(owner(), garden.id(), "Blue room");
        assertThat(renamed.get(3)).isEqualTo(new Room(garden.id(), "Blue room", true));

        assertThat(settings.useRoom(owner(), garden.id(), true)).as("already in use: nothing to do").isEqualTo(renamed);
        List<Room> retired = settings.useRoom(owner(), garden.id(), false);
        assertThat(retired.get(3)).isEqualTo(new Room(garden.id(), "Blue room", false));
        assertThat(settings.useRoom(owner(), garden.id(), false)).as("already retired").isEqualTo(retired);
        assertThat(settings.useRoom(owner(), garden.id(), true).get(3).inUse()).isTrue();

        assertThat(audited()).containsExactly("room Blue room: retired → in use", "room Blue room: in use → retired",
                "room name: GARDEN ROOM → Blue room", "room name: Garden room → GARDEN ROOM", "room: none → Garden room");
    }

    @Test
    void thePrinterAndDrawerAreKeptAndEachChangeAuditedOnce() {
        assertThat(settings.printer().chosen()).isEmpty();
        assertThat(settings.printer().drawerKick()).isFalse();

        settings.choosePrinter(owner(), Optional.of("Front desk"), true);
        assertThat(settings.printer().chosen()).hasValue("Front desk");
        assertThat(settings.printer().drawerKick()).isTrue();
        settings.choosePrinter(owner(), Optional.of("Front desk"), false);
        settings.choosePrinter(owner(), Optional.of("  "), false);
        assertThat(settings.printer().chosen()).isEmpty();
        settings.choosePrinter(owner(), Optional.empty(), false);

        assertThat(audited()).containsExactly("receipt printer: Front desk → none", "drawer kick: on → off",
                "drawer kick: off → on", "receipt printer: none → Front desk");
    }

    @Test
    void theKioskTimesAreKeptWithinTheirLimitsAndAuditedWhenTheyChange() {
        assertThat(settings.kioskTimes()).isEqualTo(new ClinicSettings.KioskTimes(Duration.ofSeconds(60), Duration.ofSeconds(20)));

        assertThat(settings.changeKioskTimes(owner(), " 10 ", "120"))
                .isEqualTo(new ClinicSettings.KioskTimes(Duration.ofSeconds(10), Duration.ofSeconds(120)));
        assertThat(settings.changeKioskTimes(owner(), "600", "5"))
                .isEqualTo(new ClinicSettings.KioskTimes(Duration.ofSeconds(600), Duration.ofSeconds(5)));
        assertThat(settings.changeKioskTimes(owner(), "600", "30").reset()).isEqualTo(Duration.ofSeconds(30));

        assertThatThrownBy(() -> settings.changeKioskTimes(owner(), "9", "30")).isInstanceOf(Refused.class)
                .hasMessage("The idle time must be between 10 and 600 seconds.");
        assertThatThrownBy(() -> settings.changeKioskTimes(owner(), "601", "30"))
                .hasMessage("The idle time must be between 10 and 600 seconds.");
        assertThatThrownBy(() -> settings.changeKioskTimes(owner(), "60", "4"))
                .hasMessage("The reset time must be between 5 and 120 seconds.");
        assertThatThrownBy(() -> settings.changeKioskTimes(owner(), "60", "121"))
                .hasMessage("The reset time must be between 5 and 120 seconds.");
        assertThatThrownBy(() -> settings.changeKioskTimes(owner(), null, "30"))
                .hasMessage("The idle time must be a whole number of seconds, like 20.");
        assertThatThrownBy(() -> settings.changeKioskTimes(owner(), "60", "a while"))
                .hasMessage("The reset time must be a whole number of seconds, like 10.");
        assertThat(settings.kioskTimes()).isEqualTo(new ClinicSettings.KioskTimes(Duration.ofSeconds(600), Duration.ofSeconds(30)));

        assertThat(audited()).containsExactly("kiosk reset seconds: 5 → 30", "kiosk reset seconds: 120 → 5",
                "kiosk idle seconds: 10 → 600", "kiosk reset seconds: 20 → 120", "kiosk idle seconds: 60 → 10");
    }

    @Test
    void theDesksSignOutTimeIsWholeMinutesFromOneTo240AndAuditedWithItsSettingInOneGo() {
        assertThat(settings.deskSignOut()).as("never saved").isEqualTo(Duration.ofMinutes(10));

        assertThat(settings.changeDeskSignOut(owner(), " 1 ")).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.changeDeskSignOut(owner(), "240")).isEqualTo(Duration.ofMinutes(240));
        assertThat(stores.settings().get(DeskSignIn.SIGN_OUT_MINUTES)).contains("240");
        assertThat(settings.changeDeskSignOut(owner(), "240")).as("saved again as it was").isEqualTo(Duration.ofMinutes(240));

        assertThatThrownBy(() -> settings.changeDeskSignOut(owner(), "0")).isInstanceOf(Refused.class)
                .hasMessage("The desk's sign-out time must be between 1 and 240 minutes.");
        assertThatThrownBy(() -> settings.changeDeskSignOut(owner(), "241"))
                .hasMessage("The desk's sign-out time must be between 1 and 240 minutes.");
        assertThatThrownBy(() -> settings.changeDeskSignOut(owner(), "-5"))
                .hasMessage("The desk's sign-out time must be between 1 and 240 minutes.");
        assertThatThrownBy(() -> settings.changeDeskSignOut(owner(), "2.5"))
                .hasMessage("The desk's sign-out time must be a whole number of minutes, like 10.");
        assertThatThrownBy(() -> settings.changeDeskSignOut(owner(), null))
                .hasMessage("The desk's sign-out time must be a whole number of minutes, like 10.");
        assertThatThrownBy(() -> settings.changeDeskSignOut(riley(), "30")).hasMessage(NOT_ALLOWED);
        assertThatThrownBy(() -> settings.changeDeskSignOut(null, "30")).hasMessage("The office is locked; unlock it first.");
        assertThat(settings.deskSignOut()).isEqualTo(Duration.ofMinutes(240));
        assertThat(new DeskSignIn(stores.staff(), stores.audit(), stores.settings(), null, clock).signOutAfter())
                .as("what the desk reads at its next start").isEqualTo(Duration.ofMinutes(240));

        assertThat(audited()).containsExactly("desk sign-out minutes: 1 → 240", "desk sign-out minutes: 10 → 1");
        assertThat(stores.audit().latest(1).get(0).at()).isEqualTo(clock.instant());
    }

    @Test
    void theDesksTouchModeIsOffUntilTheOwnerTurnsItOnAndEachChangeIsAudited() {
        DeskSignIn desk = new DeskSignIn(stores.staff(), stores.audit(), stores.settings(), null, clock);
        assertThat(settings.touchMode()).as("never saved").isFalse();
        assertThat(desk.touchMode()).isFalse();

        assertThat(settings.changeTouchMode(owner(), true)).isTrue();
        assertThat(stores.settings().get(DeskSignIn.TOUCH_MODE)).contains("true");
        assertThat(desk.touchMode()).as("what the desk reads at its next start").isTrue();
        assertThat(settings.changeTouchMode(owner(), true)).as("saved again as it was").isTrue();
        assertThatThrownBy(() -> settings.changeTouchMode(riley(), false)).hasMessage(NOT_ALLOWED);
        assertThatThrownBy(() -> settings.changeTouchMode(null, false)).hasMessage("The office is locked; unlock it first.");
        assertThat(settings.touchMode()).isTrue();
        assertThat(settings.changeTouchMode(owner(), false)).isFalse();
        assertThat(desk.touchMode()).isFalse();
        stores.settings().put(DeskSignIn.TOUCH_MODE, " true ");
        assertThat(desk.touchMode()).isTrue();
        stores.settings().put(DeskSignIn.TOUCH_MODE, "yes");
        assertThat(desk.touchMode()).as("only \"true\" turns it on").isFalse();

        assertThat(audited()).containsExactly("desk touch mode: on → off", "desk touch mode: off → on");
        assertThat(stores.audit().latest(1).get(0).at()).isEqualTo(clock.instant());
    }

    @Test
    void aDeskSignOutStoredUnreadableIsShownAsTheDesksTenMinutesAndSavingFixesIt() {
        stores.settings().put(DeskSignIn.SIGN_OUT_MINUTES, "soon");
        assertThat(settings.deskSignOut()).isEqualTo(Duration.ofMinutes(10));

        settings.changeDeskSignOut(owner(), "10");

        assertThat(stores.settings().get(DeskSignIn.SIGN_OUT_MINUTES)).contains("10");
        assertThat(audited()).as("it read as ten minutes before too").isEmpty();
    }

    @Test
    void aKioskTimeStoredUnreadableReadsAsTheDefaultAndOneWithSpacesAsItsNumber() {
        stores.settings().put(ClinicSettings.KIOSK_IDLE, "soon");
        stores.settings().put(ClinicSettings.KIOSK_RESET, " 45 ");
        assertThat(settings.kioskTimes()).isEqualTo(new ClinicSettings.KioskTimes(ClinicSettings.DEFAULT_IDLE,
                Duration.ofSeconds(45)));
    }
}
