package com.knead.control.office;

import com.knead.domain.Clinic;
import com.knead.domain.Room;
import com.knead.usecase.ClinicSettings.KioskTimes;
import com.knead.usecase.PrinterChoice;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the office's Settings page shows: the clinic as saved, its rooms, the printer choice and the
 * kiosk's times, the desk's sign-out time and touch mode, and for each part of the page the sentence of its last save or of what was refused.
 */
public record SettingsState(Clinic clinic, List<Room> rooms, PrinterChoice.Choice printer, KioskTimes kiosk,
                            Duration deskSignOut, boolean touchMode, Map<SettingsState.Part, String> done,
                            Map<SettingsState.Part, String> problems) {

    /** The parts of the page, each with its own save and its own sentence. */
    public enum Part { DETAILS, LOGO, ROOMS, PRINTER, KIOSK, DESK, LOAD }

    public SettingsState {
        rooms = List.copyOf(rooms);
        done = Map.copyOf(done);
        problems = Map.copyOf(problems);
    }

    public boolean loaded() {
        return clinic != null;
    }

    public String done(Part part) {
        return done.getOrDefault(part, "");
    }

    public String problem(Part part) {
        return problems.getOrDefault(part, "");
    }

    /** Nothing read yet (the page before it loads, and after the office locks). */
    static SettingsState nothingRead() {
        return new SettingsState(null, List.of(), new PrinterChoice.Choice(List.of(), Optional.empty(), false), null, null,
                false, Map.of(), Map.of());
    }

    SettingsState withClinic(Clinic saved) {
        return new SettingsState(saved, rooms, printer, kiosk, deskSignOut, touchMode, done, problems);
    }

    SettingsState withRooms(List<Room> saved) {
        return new SettingsState(clinic, saved, printer, kiosk, deskSignOut, touchMode, done, problems);
    }

    SettingsState withPrinter(PrinterChoice.Choice saved) {
        return new SettingsState(clinic, rooms, saved, kiosk, deskSignOut, touchMode, done, problems);
    }

    SettingsState withKiosk(KioskTimes saved) {
        return new SettingsState(clinic, rooms, printer, saved, deskSignOut, touchMode, done, problems);
    }

    SettingsState withDeskSignOut(Duration saved) {
        return new SettingsState(clinic, rooms, printer, kiosk, saved, touchMode, done, problems);
    }

    SettingsState withTouchMode(boolean saved) {
        return new SettingsState(clinic, rooms, printer, kiosk, deskSignOut, saved, done, problems);
    }

    SettingsState with(Part part, String doneSentence, String problemSentence) {
        Map<Part, String> d = new EnumMap<>(Part.class);
        d.putAll(done);
        Map<Part, String> p = new EnumMap<>(Part.class);
        p.putAll(problems);
        d.remove(part);
        p.remove(part);
        if (!doneSentence.isEmpty()) {
            d.put(part, doneSentence);
        }
        if (!problemSentence.isEmpty()) {
            p.put(part, problemSentence);
        }
        return new SettingsState(clinic, rooms, printer, kiosk, deskSignOut, touchMode, d, p);
    }
}
