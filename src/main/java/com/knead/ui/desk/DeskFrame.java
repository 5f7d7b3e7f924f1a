package com.knead.ui.desk;

import static com.knead.ui.common.Theme.style;

import com.knead.report.PdfCopies;
import com.knead.report.ReceiptReport;
import com.knead.store.Stores;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** The cashier's window: today's queue on the left, the selected visit and its checkout on the right. */
public final class DeskFrame extends JFrame {

    private final QueuePanel queue;

    public DeskFrame(Stores stores, ReceiptReport receipts, Runnable openOffice) {
        super("Knead — Front desk");
        setName("desk");
        PdfCopies copies = new PdfCopies(stores.folder());
        CheckoutPanel checkout = new CheckoutPanel(stores, receipts, copies, this::refreshQueue);
        queue = new QueuePanel(stores.visits(), stores.clinic(), checkout::show);

        JPanel content = new JPanel(new MigLayout("fill, insets 16", "[grow 60, fill][grow 40, fill]", "[][grow, fill]"));
        String today = DateTimeFormatter.ofPattern("EEEE d MMMM").format(LocalDate.now(stores.clinic().zone()));
        content.add(style(new JLabel(stores.clinic().name() + " · " + today), "deskHeading"), "split 2, span 2");
        JButton office = new JButton("Office…");
        office.setName("desk.office");
        office.addActionListener(e -> openOffice.run());
        content.add(office, "right, wrap");
        content.add(queue);
        content.add(checkout, "top");
        setContentPane(content);
        setSize(1100, 650);
    }

    private void refreshQueue() {
        queue.refresh();
    }

    /** Starts the live queue; call once the window is showing. */
    public void startQueue() {
        queue.start();
    }

    @Override
    public void dispose() {
        queue.stop();
        super.dispose();
    }
}
