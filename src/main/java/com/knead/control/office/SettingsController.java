package com.knead.control.office;

import com.knead.control.Tasks;
import com.knead.domain.StaffMember;
import com.knead.usecase.ClinicSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The office's Settings page: reads the settings, and saves each part (clinic details, logo, rooms,
 * printer and drawer, kiosk times, the desk's sign-out time) on its own, as the person who unlocked the
 * office. The use case checks their right and audits the change; a refusal is shown next to its part,
 * nothing typed lost.
 */
public final class SettingsController {

    private final ClinicSettings settings;
    private final Tasks tasks;
    private final Supplier<StaffMember> who;
    private final Consumer<SettingsState> view;
    private SettingsState state = SettingsState.nothingRead();

    public SettingsController(ClinicSettings settings, Tasks tasks, Supplier<StaffMember> who,
                              Consumer<SettingsState> view) {
        this.settings = settings;
        this.tasks = tasks;
        this.who = who;
        this.view = view;
    }

    public SettingsState state() {
        return state;
    }

    /** What everything is set to now (the page opening). */
    public void load() {
        tasks.read(() -> new SettingsState(settings.clinic(), settings.rooms(), settings.printer(),
                        settings.kioskTimes(), settings.deskSignOut(), settings.touchMode(), Map.of(), Map.of()),
                this::publish, sentence -> publish(state.with(SettingsState.Part.LOAD, "", sentence)),
                "The settings could not be read");
    }

    public void saveDetails(String name, String address, String phone) {
        save(SettingsState.Part.DETAILS, () -> settings.changeDetails(who.get(), name, address, phone),
                SettingsState::withClinic, clinic -> "Saved: receipts now read " + clinic.name() + ".",
                "The clinic's details could not be saved");
    }

    public void chooseLogo(Path image) {
        save(SettingsState.Part.LOGO, () -> settings.chooseLogo(who.get(), image), SettingsState::withClinic,
                clinic -> "Receipts now carry the logo from " + image.getFileName() + ".", "The logo could not be saved");
    }

    public void removeLogo() {
        save(SettingsState.Part.LOGO, () -> settings.removeLogo(who.get()), SettingsState::withClinic,
                clinic -> "Receipts now have no logo.", "The logo could not be removed");
    }

    public void addRoom(String name) {
        save(SettingsState.Part.ROOMS, () -> settings.addRoom(who.get(), name), SettingsState::withRooms,
                rooms -> "Added " + (name == null ? "" : name.strip()) + ".", "The room could not be added");
    }

    public void renameRoom(UUID room, String name) {
        save(SettingsState.Part.ROOMS, () -> settings.renameRoom(who.get(), room, name), SettingsState::withRooms,
                rooms -> "Renamed to " + (name == null ? "" : name.strip()) + ".", "The room could not be renamed");
    }

    public void useRoom(UUID room, boolean inUse) {
        save(SettingsState.Part.ROOMS, () -> settings.useRoom(who.get(), room, inUse), SettingsState::withRooms,
                rooms -> inUse ? "The room is in use again." : "The room is retired; past visits keep its name.",
                "The room could not be changed");
    }

    /** Keeps the printer (empty: PDF copies only) and the drawer choice. */
    public void choosePrinter(Optional<String> queue, boolean drawerKick) {
        save(SettingsState.Part.PRINTER, () -> {
            settings.choosePrinter(who.get(), queue, drawerKick);
            return settings.printer();
        }, SettingsState::withPrinter,
                choice -> choice.chosen().map(q -> "Receipts print on " + q + ".").orElse("Receipts are saved as PDF only."),
                "The printer choice could not be saved");
    }

    public void saveKioskTimes(String idleSeconds, String resetSeconds) {
        save(SettingsState.Part.KIOSK, () -> settings.changeKioskTimes(who.get(), idleSeconds, resetSeconds),
                SettingsState::withKiosk,
                times -> "Saved: the kiosk asks after " + times.idle().toSeconds() + " s untouched and resets "
                        + times.reset().toSeconds() + " s after a check-in, from its next start.",
                "The kiosk's times could not be saved");
    }

    public void saveDeskSignOut(String minutes) {
        save(SettingsState.Part.DESK, () -> settings.changeDeskSignOut(who.get(), minutes),
                SettingsState::withDeskSignOut,
                after -> "Saved: the desk signs out after " + after.toMinutes() + " min untouched, from its next start.",
                "The desk's sign-out time could not be saved");
    }

    /** Turns the desk's touch mode on or off: the on-screen keyboard under session notes' text and PIN fields. */
    public void saveTouchMode(boolean on) {
        save(SettingsState.Part.DESK, () -> settings.changeTouchMode(who.get(), on), SettingsState::withTouchMode,
                after -> after ? "Saved: touch mode is on; the desk shows the on-screen keyboard under note and PIN fields, "
                        + "from its next start." : "Saved: touch mode is off, from the desk's next start.",
                "Touch mode could not be saved");
    }

    /** A merging of a saved value into the state. */
    private interface Merge<T> {
        SettingsState into(SettingsState s, T saved);
    }

    private <T> void save(SettingsState.Part part, Supplier<T> work, Merge<T> merge, Function<T, String> said,
                          String whatFailed) {
        tasks.write(work, saved -> publish(merge.into(state, saved).with(part, said.apply(saved), "")),
                sentence -> publish(state.with(part, "", sentence)), whatFailed);
    }

    /** Forgets what was shown (the office locking). */
    public void forget() {
        state = SettingsState.nothingRead();
    }

    private void publish(SettingsState next) {
        state = next;
        view.accept(next);
    }
}
