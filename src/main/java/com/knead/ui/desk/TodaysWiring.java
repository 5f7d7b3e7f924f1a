package com.knead.ui.desk;

import com.knead.control.Tasks;
import com.knead.report.ReceiptDelivery;
import com.knead.report.ReceiptPrinter;
import com.knead.store.Stores;
import com.knead.ui.common.SwingTasks;
import com.knead.usecase.Approvals;
import com.knead.usecase.Clearances;
import com.knead.usecase.DrawerSession;
import com.knead.usecase.Receipts;
import com.knead.usecase.Reprint;
import com.knead.usecase.SellPrepaid;
import com.knead.usecase.VoidOrRefund;
import com.knead.usecase.WalkInCheckIn;
import com.knead.usecase.WhoIsIn;

/**
 * TEMPORARY, for the merge of issue 8 only: builds the dialogs' use cases from {@link Stores} so the
 * call sites in DeskFrame and CheckoutPanel keep today's shape. Once app/KneadWindows builds the use
 * cases and one {@link Tasks} and hands them down, this class and the constructors that use it go.
 */
final class TodaysWiring {

    /** One write lane for every dialog wired here. */
    static final Tasks TASKS = new SwingTasks();

    private TodaysWiring() {
    }

    static SellPrepaid sellPrepaid(Stores stores, ReceiptDelivery delivery) {
        return new SellPrepaid(stores, new Receipts(stores, delivery));
    }

    static VoidOrRefund voidOrRefund(Stores stores, ReceiptDelivery delivery) {
        return new VoidOrRefund(stores, new Receipts(stores, delivery));
    }

    static Reprint reprint(Stores stores, ReceiptDelivery delivery) {
        return new Reprint(stores, new Receipts(stores, delivery));
    }

    static DrawerSession drawer(Stores stores, DrawerOpener opener) {
        return new DrawerSession(stores, opener::open);
    }

    static DrawerSession drawer(Stores stores) {
        return drawer(stores, new DrawerOpener(stores, new ReceiptPrinter()));
    }

    static Approvals approvals(Stores stores) {
        return new Approvals(stores.staff());
    }

    static WalkInCheckIn checkIn(Stores stores) {
        return new WalkInCheckIn(stores);
    }

    static WhoIsIn rota(Stores stores) {
        return new WhoIsIn(stores);
    }

    static Clearances clearances(Stores stores) {
        return new Clearances(stores);
    }
}
