package com.knead.ui.desk;

import com.knead.control.Tasks;
import com.knead.control.desk.NoteDrafts;
import com.knead.control.desk.SignInController;
import com.knead.domain.Approval;
import com.knead.domain.Permission;
import com.knead.domain.StaffMember;
import com.knead.domain.Visit;
import com.knead.usecase.DeskServices;
import java.awt.Window;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Opens the desk's dialogs and makes its smaller panels (check-in, rota, clearance, approval,
 * drawer, reprint, void/refund, counter sale), each over the use cases of its own screen, so the
 * checkout and the frame need not know what each one is built from. Each is told who is signed in.
 */
final class DeskDialogs {

    private final DeskServices services;
    private final Tasks tasks;
    private final SignInController cashier;
    /** Unsigned notes kept when My sessions closes, for the same therapist's next opening; one per desk. */
    private final NoteDrafts drafts = new NoteDrafts();

    DeskDialogs(DeskServices services, Tasks tasks, SignInController cashier) {
        this.services = services;
        this.tasks = tasks;
        this.cashier = cashier;
    }

    Supplier<StaffMember> cashier() {
        return cashier;
    }

    ClearancePanel clearance(Runnable onRecorded) {
        return new ClearancePanel(services.clearances(), services.approvals(), cashier, tasks, onRecorded);
    }

    ReprintPanel reprint() {
        return new ReprintPanel(services.reprint(), tasks);
    }

    /** Asks for a manager's or the owner's PIN for a large discount; {@code approved} runs on the EDT once it matched. */
    void askOwnerApproval(Window owner, String why, Consumer<Approval> approved) {
        ApprovalDialog.ask(owner, services.approvals(), tasks, Permission.LARGE_DISCOUNT, "a discount this large",
                why, approved);
    }

    void rota(Window owner, Runnable onChanged) {
        new RotaDialog(owner, services.rota(), tasks, onChanged).setVisible(true);
    }

    void checkIn(Window owner, Consumer<Visit> onCheckedIn) {
        new CheckInDialog(owner, services.walkIn(), cashier, tasks, onCheckedIn).setVisible(true);
    }

    void refund(Window owner) {
        new RefundDialog(owner, services.voidOrRefund(), services.approvals(), cashier, tasks).setVisible(true);
    }

    void drawer(Window owner) {
        new DrawerDialog(owner, services.drawer(), cashier, tasks).setVisible(true);
    }

    /** The client window: find a client, read the record, sign a note as whoever is signed in. */
    void clients(Window owner) {
        ClientsDialog clients = new ClientsDialog(owner, new com.knead.control.desk.ClientsController(services.clients(),
                cashier, tasks), services.clinic().zone(), cashier.touchMode());
        clients.onMerge(() -> new MergeDialog(clients, new com.knead.control.desk.MergeController(services.clients(), cashier,
                tasks)).setVisible(true));
        tasks.read(services.clients().day()::techniques, clients::techniques, clients::techniquesProblem,
                "The clinic's modalities could not be read");
        clients.setVisible(true);
    }

    /** The therapist's own visits of today: read before each session, the note signed after it. */
    void therapistDay(Window owner) {
        new TherapistDayDialog(owner, new com.knead.control.desk.TherapistDayController(services.clients().day(), cashier,
                services.clinic().zone(), tasks, drafts), cashier.touchMode()).setVisible(true);
    }

    void sell(Window owner) {
        new SellPrepaidDialog(owner, services.sellPrepaid(), cashier, tasks).setVisible(true);
    }
}
