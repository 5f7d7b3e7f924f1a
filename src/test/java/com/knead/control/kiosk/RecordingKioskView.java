package com.knead.control.kiosk;

import com.knead.domain.IntakeAnswers;
import java.util.ArrayList;
import java.util.List;

/** The kiosk window as a list: every state it was told to show, and every other thing it was told. */
final class RecordingKioskView implements KioskFlow.View {

    final List<KioskState> shown = new ArrayList<>();
    final List<String> told = new ArrayList<>();
    TypedContact filled;
    IntakeAnswers filledAnswers;

    KioskState last() {
        return shown.get(shown.size() - 1);
    }

    KioskStep step() {
        return last().step();
    }

    @Override
    public void show(KioskState state) {
        shown.add(state);
    }

    @Override
    public void fill(TypedContact contact, IntakeAnswers answers) {
        told.add("fill");
        filled = contact;
        filledAnswers = answers;
    }

    @Override
    public void clearSignature() {
        told.add("clearSignature");
    }

    @Override
    public void clear() {
        told.add("clear");
        filled = null;
        filledAnswers = null;
    }

    @Override
    public void leaveKioskMode() {
        told.add("leaveKioskMode");
    }

    @Override
    public void ask(com.knead.domain.IntakeForm form) {
        told.add("ask " + form.questions().size() + " questions");
    }
}
