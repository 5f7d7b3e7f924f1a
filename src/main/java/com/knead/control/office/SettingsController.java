package com.knead.control.office;

import com.knead.control.Tasks;
import com.knead.domain.Clinic;
import com.knead.domain.Room;
import com.knead.domain.StaffMember;
import com.knead.usecase.ClinicSettings;
import com.knead.usecase.ClinicSettings.KioskTimes;
import com.knead.usecase.PrinterChoice;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The office's Settings page: reads the settings, and saves each part (clinic details, logo, rooms,
 * printer and drawer, kiosk times) on its own, as the person who unlocked the office. The use case
 * checks their right and audits the change; a refusal is shown next to its part, nothing typed lost.
 */
public final class SettingsController {

    private final ClinicSettings settings;
    private final Tasks tasks;
    private final Supplier<StaffMember> who;
    private final Consumer<SettingsState> view;
    private SettingsState state = new SettingsState(null, List.of(),
            new PrinterChoice.Choice(List.of(), Optional.empty(), false), null, Map.of(), Map.of());

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
                        settings.kioskTimes(), Map.of(), Map.of()),
                this::publish, sentence -> publish(state.with(SettingsState.Part.LOAD, "", sentence)),
                "The settings could not be read");
    }

    public void saveDetails(String name, String address, String phone) {
        save(SettingsState.Part.DETAILS, () -> settings.changeDetails(who.get(), name, address, phone),
                (s, clinic) -> withClinic(s, clinic), clinic -> "Saved: receipts now read " + clinic.name() + ".",
                "The clinic's details could not be saved");
    }

    public void chooseLogo(Path image) {
        save(SettingsState.Part.LOGO, () -> settings.chooseLogo(who.get(), image), this::withClinic,
                clinic -> "Receipts now carry the logo from " + image.getFileName() + ".", "The logo could not be saved");
    }

    public void removeLogo() {
        save(SettingsState.Part.LOGO, () -> settings.removeLogo(who.get()), this::withClinic,
                clinic -> "Receipts now have no logo.", "The logo could not be removed");
    }

    public void addRoom(String name) {
        save(SettingsState.Part.ROOMS, () -> settings.addRoom(who.get(), name), this::withRooms,
                rooms -> "Added " + (name == null ? "" : name.strip()) + ".", "The room could not be added");
    }

    public void renameRoom(UUID room, String name) {
        save(SettingsState.Part.ROOMS, () -> settings.renameRoom(who.get(), room, name), this::withRooms,
                rooms -> "Renamed to " + (name == null ? "" : name.strip()) + ".", "The room could not be renamed");
    }

    public void useRoom(UUID room, boolean inUse) {
        save(SettingsState.Part.ROOMS, () -> settings.useRoom(who.get(), room, inUse), this::withRooms,
                rooms -> inUse ? "The room is in use again." : "The room is retired; past visits keep its name.",
                "The room could not be changed");
    }

    /** Keeps the printer (empty: PDF copies only) and the drawer choice. */
    public void choosePrinter(Optional<String> queue, boolean drawerKick) {
        save(SettingsState.Part.PRINTER, () -> {
            settings.choosePrinter(who.get(), queue, drawerKick);
            return settings.printer();
        }, (s, choice) -> new SettingsState(s.clinic(), s.rooms(), choice, s.kiosk(), s.done(), s.problems()),
                choice -> choice.chosen().map(q -> "Receipts print on " + q + ".").orElse("Receipts are saved as PDF only."),
                "The printer choice could not be saved");
    }

    public void saveKioskTimes(String idleSeconds, String resetSeconds) {
        save(SettingsState.Part.KIOSK, () -> settings.changeKioskTimes(who.get(), idleSeconds, resetSeconds),
                (s, times) -> new SettingsState(s.clinic(), s.rooms(), s.printer(), times, s.done(), s.problems()),
                times -> "Saved: the kiosk asks after " + times.idle().toSeconds() + " s untouched and resets "
                        + times.reset().toSeconds() + " s after a check-in, from its next start.",
                "The kiosk's times could not be saved");
    }

    private SettingsState withClinic(SettingsState s, Clinic clinic) {
        return new SettingsState(clinic, s.rooms(), s.printer(), s.kiosk(), s.done(), s.problems());
    }

    private SettingsState withRooms(SettingsState s, List<Room> rooms) {
        return new SettingsState(s.clinic(), rooms, s.printer(), s.kiosk(), s.done(), s.problems());
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
        state = new SettingsState(null, List.of(), new PrinterChoice.Choice(List.of(), Optional.empty(), false), null,
                Map.of(), Map.of());
    }

    private void publish(SettingsState next) {
        state = next;
        view.accept(next);
    }
}
