package com.knead.ui.desk;

import com.knead.domain.Approval;
import com.knead.domain.StaffRole;
import com.knead.domain.Visit;
import com.knead.report.ReceiptDelivery;
import com.knead.store.Stores;
import java.awt.Window;
import java.util.EnumSet;
import java.util.function.Consumer;

/**
 * The desk's dialogs and panels that still take the whole data folder (check-in, rota, clearance,
 * approval, drawer, reprint, void/refund, counter sale), opened from one place so that the
 * checkout and the frame hold no store themselves. Each dialog moves to the use cases of its own
 * screen in turn; this class then shrinks to nothing. Built at start-up in {@code app}.
 */
public final class DeskDialogs {

    private final Stores stores;
    private final ReceiptDelivery receipts;
    private final DrawerOpener drawer;

    /** @param drawerKick opens the cash drawer (the {@code DrawerKick} use case) */
    public DeskDialogs(Stores stores, ReceiptDelivery receipts, java.util.function.Supplier<java.util.Optional<String>> drawerKick) {
        this.stores = stores;
        this.receipts = receipts;
        this.drawer = drawerKick::get;
    }

    ClearancePanel clearance(Runnable onRecorded) {
        return new ClearancePanel(stores, onRecorded);
    }

    ReprintPanel reprint() {
        return new ReprintPanel(stores, receipts);
    }

    /** Asks for the owner's PIN for a large discount; {@code approved} runs on the EDT once it matched. */
    void askOwnerApproval(Window owner, String why, Consumer<Approval> approved) {
        ApprovalDialog.ask(owner, stores.staff(), EnumSet.of(StaffRole.OWNER), "a discount this large", why, approved);
    }

    void rota(Window owner, Runnable onChanged) {
        new RotaDialog(owner, stores, onChanged).setVisible(true);
    }

    void checkIn(Window owner, Consumer<Visit> onCheckedIn) {
        new CheckInDialog(owner, stores, onCheckedIn).setVisible(true);
    }

    void refund(Window owner) {
        new RefundDialog(owner, stores, receipts).setVisible(true);
    }

    void drawer(Window owner) {
        new DrawerDialog(owner, stores, drawer).setVisible(true);
    }

    void sell(Window owner) {
        new SellPrepaidDialog(owner, stores, receipts).setVisible(true);
    }
}
