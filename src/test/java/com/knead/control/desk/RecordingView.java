package com.knead.control.desk;

import java.util.ArrayList;
import java.util.List;

/** A checkout view that keeps everything it was told, for tests that need no window. */
final class RecordingView implements CheckoutController.View {

    final List<CheckoutState> states = new ArrayList<>();
    final List<CheckoutController.Form> cleared = new ArrayList<>();
    final List<String> cashFilled = new ArrayList<>();
    final List<String> approvalsAsked = new ArrayList<>();

    @Override
    public void show(CheckoutState state) {
        states.add(state);
    }

    @Override
    public void clear(CheckoutController.Form form) {
        cleared.add(form);
    }

    @Override
    public void fillCash(String amount) {
        cashFilled.add(amount);
    }

    @Override
    public void askOwnerApproval(String why) {
        approvalsAsked.add(why);
    }

    /** What the checkout shows now. */
    CheckoutState now() {
        return states.get(states.size() - 1);
    }
}
