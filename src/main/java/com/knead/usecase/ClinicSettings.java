package com.knead.usecase;

import com.knead.domain.Clinic;
import com.knead.domain.ClinicSetup;
import com.knead.domain.Permission;
import com.knead.domain.Refused;
import com.knead.domain.RoleRights;
import com.knead.domain.Room;
import com.knead.domain.StaffMember;
import com.knead.store.AuditStore;
import com.knead.store.SettingStore;
import com.knead.store.Stores;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;

/**
 * The office's Settings page: the clinic's details and receipt logo, its rooms, the receipt printer
 * and drawer, the kiosk's idle and reset times, and the desk's sign-out time. Only someone with the right to change settings
 * may (checked here, not by hiding buttons), and every change is written to the audit log as
 * "setting: old → new".
 */
public final class ClinicSettings {

    /** Seconds a check-in may sit untouched before the kiosk asks "Are you still there?". */
    public static final String KIOSK_IDLE = "kiosk.idle.seconds";
    /** Seconds the "checked in" screen stays before the kiosk resets. */
    public static final String KIOSK_RESET = "kiosk.reset.seconds";
    public static final Duration DEFAULT_IDLE = Duration.ofSeconds(60);
    public static final Duration DEFAULT_RESET = Duration.ofSeconds(20);
    static final String LOGO_FILE = "receipt-logo.png";
    private static final long MOST_LOGO_BYTES = 2_000_000;

    private final Stores stores;
    private final Clock clock;

    public ClinicSettings(Stores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    /** The clinic as it is now. */
    public Clinic clinic() {
        return stores.clinic();
    }

    /** Changes the name, address and phone on the receipts; refuses what the setup would refuse. */
    public Clinic changeDetails(StaffMember who, String name, String address, String phone) {
        RoleRights.require(asStored(stores, who), Permission.SETTINGS);
        String newName = requireText(name, ClinicSetup.MAX_NAME, "Type the clinic's name, as it should read on receipts.");
        String newAddress = requireText(address, ClinicSetup.MAX_ADDRESS,
                "Type the clinic's address, as it should read on receipts.");
        String newPhone = phone == null ? "" : phone.strip();
        if (newPhone.length() > ClinicSetup.MAX_PHONE) {
            throw new Refused("The phone number is too long; " + ClinicSetup.MAX_PHONE + " characters at most.");
        }
        Clinic before = stores.clinic();
        stores.changeClinicDetails(newName, newAddress, newPhone);
        audit(who, "clinic name", before.name(), newName);
        audit(who, "clinic address", before.address(), newAddress);
        audit(who, "clinic phone", before.phone(), newPhone);
        return stores.clinic();
    }

    private static String requireText(String typed, int most, String whenEmpty) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new Refused(whenEmpty);
        }
        if (text.length() > most) {
            throw new Refused("That is too long; " + most + " characters at most.");
        }
        return text;
    }

    /**
     * Copies the chosen image into the data folder and puts it on the receipts; refuses a file that
     * is not a PNG, JPEG or GIF picture, or is too big for a receipt.
     */
    public Clinic chooseLogo(StaffMember who, Path image) {
        RoleRights.require(asStored(stores, who), Permission.SETTINGS);
        String shown = image.getFileName() == null ? image.toString() : image.getFileName().toString();
        try {
            if (!Files.isRegularFile(image)) {
                throw new Refused("There is no file " + shown + ".");
            }
            if (Files.size(image) > MOST_LOGO_BYTES) {
                throw new Refused(shown + " is too big for a receipt logo; choose a picture under 2 MB.");
            }
            try (InputStream in = Files.newInputStream(image)) {
                if (ImageIO.read(in) == null) {
                    throw new Refused(shown + " is not a picture Knead can print; choose a PNG, JPEG or GIF file.");
                }
            }
            Path copy = stores.folder().resolve(LOGO_FILE);
            Path partial = stores.folder().resolve(LOGO_FILE + ".part");
            Files.copy(image, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new Refused(shown + " could not be read or copied (" + e.getMessage() + ").");
        }
        String before = stores.clinic().logo().isBlank() ? "none" : "a logo";
        stores.changeLogo(LOGO_FILE);
        audit(who, "receipt logo", before, shown);
        return stores.clinic();
    }

    /** Takes the logo off the receipts. */
    public Clinic removeLogo(StaffMember who) {
        RoleRights.require(asStored(stores, who), Permission.SETTINGS);
        if (!stores.clinic().logo().isBlank()) {
            stores.changeLogo("");
            audit(who, "receipt logo", "a logo", "none");
        }
        return stores.clinic();
    }

    /** Every room, those in use first. */
    public List<Room> rooms() {
        return stores.rooms().all();
    }

    public List<Room> addRoom(StaffMember who, String name) {
        RoleRights.require(asStored(stores, who), Permission.SETTINGS);
        String chosen = uniqueRoomName(name, null);
        stores.rooms().add(chosen, clock.instant());
        audit(who, "room", "none", chosen);
        return rooms();
    }

    public List<Room> renameRoom(StaffMember who, UUID room, String name) {
        RoleRights.require(asStored(stores, who), Permission.SETTINGS);
        Room before = room(room);
        String chosen = uniqueRoomName(name, room);
        stores.rooms().rename(room, chosen, clock.instant());
        audit(who, "room name", before.name(), chosen);
        return rooms();
    }

    /** Retires a room (no longer offered) or brings it back into use. */
    public List<Room> useRoom(StaffMember who, UUID room, boolean inUse) {
        RoleRights.require(asStored(stores, who), Permission.SETTINGS);
        Room before = room(room);
        if (before.inUse() != inUse) {
            stores.rooms().setInUse(room, inUse, clock.instant());
            audit(who, "room " + before.name(), before.inUse() ? "in use" : "retired", inUse ? "in use" : "retired");
        }
        return rooms();
    }

    private Room room(UUID id) {
        return rooms().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new Refused("That room is no longer there; the list has been read again."));
    }

    private String uniqueRoomName(String typed, UUID except) {
        String name = Room.requireName(typed);
        boolean taken = rooms().stream().anyMatch(r -> !r.id().equals(except)
                && r.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
        if (taken) {
            throw new Refused("There is already a room called " + name + "; choose another name.");
        }
        return name;
    }

    /** The computer's print queues, the one chosen and the drawer choice. */
    public PrinterChoice.Choice printer() {
        return new PrinterChoice(stores).read();
    }

    /** Keeps the receipt printer (empty: PDF copies only) and whether the drawer wired to it opens. */
    public void choosePrinter(StaffMember who, Optional<String> queue, boolean drawerKick) {
        RoleRights.require(asStored(stores, who), Permission.SETTINGS);
        PrinterChoice.Choice before = printer();
        new PrinterChoice(stores).choose(queue, drawerKick);
        audit(who, "receipt printer", before.chosen().orElse("none"), queue.filter(q -> !q.isBlank()).orElse("none"));
        audit(who, "drawer kick", before.drawerKick() ? "on" : "off", drawerKick ? "on" : "off");
    }

    /** The kiosk's idle time and reset time as saved (the defaults when never saved). */
    public KioskTimes kioskTimes() {
        return new KioskTimes(seconds(KIOSK_IDLE).orElse(DEFAULT_IDLE), seconds(KIOSK_RESET).orElse(DEFAULT_RESET));
    }

    /** The kiosk's times: how long it waits untouched, and how long "checked in" stays. */
    public record KioskTimes(Duration idle, Duration reset) {
    }

    /** Saves the kiosk's times from what was typed; they apply from the kiosk's next start. */
    public KioskTimes changeKioskTimes(StaffMember who, String idleSeconds, String resetSeconds) {
        RoleRights.require(asStored(stores, who), Permission.SETTINGS);
        int idle = wholeSeconds(idleSeconds, 10, 600, "The idle time");
        int reset = wholeSeconds(resetSeconds, 5, 120, "The reset time");
        KioskTimes before = kioskTimes();
        stores.settings().put(KIOSK_IDLE, String.valueOf(idle));
        stores.settings().put(KIOSK_RESET, String.valueOf(reset));
        audit(who, "kiosk idle seconds", String.valueOf(before.idle().toSeconds()), String.valueOf(idle));
        audit(who, "kiosk reset seconds", String.valueOf(before.reset().toSeconds()), String.valueOf(reset));
        return kioskTimes();
    }

    /** After how long untouched the desk signs its cashier out (ten minutes when never saved). */
    public Duration deskSignOut() {
        return DeskSignIn.signOutAfter(stores.settings());
    }

    /** Saves the desk's sign-out time from what was typed, whole minutes from 1 to 240; it applies from the desk's next start. */
    public Duration changeDeskSignOut(StaffMember who, String typedMinutes) {
        RoleRights.require(asStored(stores, who), Permission.SETTINGS);
        int minutes = whole(typedMinutes, 1, 240, "The desk's sign-out time", "minutes", DeskSignIn.DEFAULT_SIGN_OUT_MINUTES);
        String before = String.valueOf(deskSignOut().toMinutes());
        String after = String.valueOf(minutes);
        stores.settings().put(DeskSignIn.SIGN_OUT_MINUTES, after, clock.instant(),
                entry(who, "desk sign-out minutes", before, after));
        return deskSignOut();
    }

    /** Whether the desk shows the on-screen keyboard under session notes' text and PIN fields (off when never saved). */
    public boolean touchMode() {
        return DeskSignIn.touchMode(stores.settings());
    }

    /** Turns the desk's touch mode on or off, with its audit entry in the same transaction; from the desk's next start. */
    public boolean changeTouchMode(StaffMember who, boolean on) {
        RoleRights.require(asStored(stores, who), Permission.SETTINGS);
        String before = touchMode() ? "on" : "off";
        stores.settings().put(DeskSignIn.TOUCH_MODE, String.valueOf(on), clock.instant(),
                entry(who, "desk touch mode", before, on ? "on" : "off"));
        return touchMode();
    }

    private static int wholeSeconds(String typed, int least, int most, String what) {
        return whole(typed, least, most, what, "seconds", least * 2);
    }

    private static int whole(String typed, int least, int most, String what, String unit, int example) {
        String text = typed == null ? "" : typed.strip();
        int number;
        try {
            number = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new Refused(what + " must be a whole number of " + unit + ", like " + example + ".");
        }
        if (number < least || number > most) {
            throw new Refused(what + " must be between " + least + " and " + most + " " + unit + ".");
        }
        return number;
    }

    private Optional<Duration> seconds(String setting) {
        return stores.settings().get(setting).flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Integer.parseInt(value.strip())));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** One audit entry per setting that changed; nothing for one left as it was. */
    private void audit(StaffMember who, String setting, String before, String after) {
        entry(who, setting, before, after).ifPresent(e -> stores.audit().append(e.place(), e.action(), e.outcome(),
                e.client(), e.staff(), e.detail(), e.at()));
    }

    /** The audit entry for a setting changed from {@code before} to {@code after}; none when it stayed as it was. */
    private Optional<AuditStore.Entry> entry(StaffMember who, String setting, String before, String after) {
        if (before.equals(after)) {
            return Optional.empty();
        }
        return Optional.of(entry(who, setting + ": " + before + " → " + after, clock.instant()));
    }

    /** The audit entry of a setting {@code who} changed at the office, its detail cut to the log's 400 characters. */
    private static AuditStore.Entry entry(StaffMember who, String detail, java.time.Instant at) {
        return AuditStore.Entry.of("office", "settings", "changed", Optional.empty(), Optional.of(who.id()),
                detail.length() <= 400 ? detail : detail.substring(0, 399) + "…", at);
    }

    /** One audit entry of a setting {@code who} changed at the office (also the Sync page's). */
    static void audit(Stores stores, StaffMember who, String detail, java.time.Instant at) {
        AuditStore.Entry e = entry(who, detail, at);
        stores.audit().append(e.place(), e.action(), e.outcome(), e.client(), e.staff(), e.detail(), e.at());
    }

    /** {@code who} as the staff list has them now: a role changed or a person deactivated counts at once. */
    static StaffMember asStored(Stores stores, StaffMember who) {
        if (who == null) {
            throw new Refused("The office is locked; unlock it first.");
        }
        return stores.staff().find(who.id()).filter(m -> stores.staff().active().stream()
                .anyMatch(a -> a.id().equals(m.id())))
                .orElseThrow(() -> new Refused(who.name() + " is no longer on the staff list."));
    }
}
