package com.knead.usecase;

import com.knead.report.ReceiptPrinter;
import com.knead.store.SettingStore;
import com.knead.store.Stores;
import java.util.List;
import java.util.Optional;

/** The owner's choice of the print queue for receipts, and whether the drawer wired to it opens. */
public final class PrinterChoice {

    private final Stores stores;

    public PrinterChoice(Stores stores) {
        this.stores = stores;
    }

    /** The computer's print queues, the one chosen (if any) and the drawer choice. */
    public record Choice(List<String> queues, Optional<String> chosen, boolean drawerKick) {
        public Choice {
            queues = List.copyOf(queues);
        }
    }

    public Choice read() {
        return new Choice(ReceiptPrinter.queues(), stores.settings().receiptPrinter(), stores.settings().drawerKick());
    }

    /** Keeps the choice; an empty queue means PDF copies only. */
    public void choose(Optional<String> queue, boolean drawerKick) {
        stores.settings().put(SettingStore.RECEIPT_PRINTER, queue.orElse(""));
        stores.settings().put(SettingStore.DRAWER_KICK, String.valueOf(drawerKick));
    }
}
