package com.knead.ui.desk;

import static com.knead.ui.common.Theme.style;

import com.knead.control.Tasks;
import com.knead.control.desk.CheckoutController;
import com.knead.usecase.DeskServices;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.ScrollPaneConstants;
import net.miginfocom.swing.MigLayout;

/**
 * The cashier's window: today's queue on the left, the selected visit and its checkout on the right,
 * and reprinting any receipt. Keys for the common path: F2 a new counter sale (gift card or package),
 * F3 next visit, F4 exact cash, F8 finish the sale (and print), F9 reprint. It is handed the desk's
 * use cases, built once at start-up; it builds no printer or drawer of its own.
 */
public final class DeskFrame extends JFrame {

    private final QueuePanel queue;

    public DeskFrame(DeskServices services, Tasks tasks, Runnable openOffice) {
        super("Knead — Front desk");
        setName("desk");
        DeskDialogs dialogs = new DeskDialogs(services, tasks);
        CheckoutController controller = new CheckoutController(services.clinic(), services.finishSale(),
                services.visits(), services.today(), services.prepaid(), tasks, this::refreshQueue);
        CheckoutPanel checkout = new CheckoutPanel(controller, services.intakeSummary(), dialogs, tasks, this::refreshQueue);
        queue = new QueuePanel(services.today(), tasks, services.clinic().zone(), controller::chooseVisit);
        ReprintPanel reprint = dialogs.reprint();

        DeskContent content = new DeskContent(new MigLayout("fill, insets 16", "[52%, fill][48%, fill]", "[][grow, fill][]"));
        String today = DateTimeFormatter.ofPattern("EEEE d MMMM").format(LocalDate.now(services.clinic().zone()));
        content.add(style(new JLabel(services.clinic().name() + " · " + today), "deskHeading"), "split 4, span 2");
        JButton rota = new JButton("Therapists in today…");
        rota.setName("desk.rota");
        rota.addActionListener(e -> dialogs.rota(this, checkout::therapistsChanged));
        content.add(rota, "right, growx 0");
        JButton checkIn = new JButton("Check in a client…");
        checkIn.setName("desk.checkIn");
        checkIn.addActionListener(e -> dialogs.checkIn(this, visit -> refreshQueue()));
        content.add(checkIn, "growx 0");
        JButton office = new JButton("Office…");
        office.setName("desk.office");
        office.addActionListener(e -> openOffice.run());
        content.add(office, "growx 0, wrap");
        // The queue and, under it, the visit's part; the sale beside them, so nothing needs scrolling.
        JPanel left = new JPanel(new MigLayout("insets 0, fill, wrap 1", "[grow, fill]", "[grow, fill][]"));
        left.add(queue, "hmin 120");
        left.add(checkout.visitPart(), "growx");
        content.add(left);
        JScrollPane checkoutScroll = new JScrollPane(checkout, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        checkoutScroll.setBorder(null);
        checkoutScroll.getVerticalScrollBar().setUnitIncrement(16);
        content.add(checkoutScroll, "top, wrap");
        JButton refund = new JButton("Void or refund…");
        refund.setName("desk.refund");
        refund.addActionListener(e -> dialogs.refund(this));
        JButton drawer = new JButton("Cash drawer…");
        drawer.setName("desk.drawer");
        drawer.addActionListener(e -> dialogs.drawer(this));
        JButton sell = new JButton("Sell gift card or package… (F2)");
        sell.setName("desk.sellPrepaid");
        Runnable openSell = () -> dialogs.sell(this);
        sell.addActionListener(e -> openSell.run());
        content.add(reprint, "span 2, split 4, growx");
        content.add(sell, "right");
        content.add(drawer, "right");
        content.add(refund, "right");
        JScrollPane window = new JScrollPane(content);
        window.setBorder(null);
        setContentPane(window);
        bind(content, KeyEvent.VK_F2, "newSale", openSell);
        bind(content, KeyEvent.VK_F3, "next", queue::selectNext);
        bind(content, KeyEvent.VK_F4, "exact", checkout::cashExact);
        bind(content, KeyEvent.VK_F8, "finish", checkout::finishSale);
        bind(content, KeyEvent.VK_F9, "reprint", reprint::reprint);
        // The usual counter screens, 1366×768 and 1280×1024, show the whole checkout without scrolling;
        // a smaller window scrolls the sale's part.
        setSize(1280, 768);
    }

    private static void bind(JComponent root, int key, String name, Runnable action) {
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(key, 0), name);
        root.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                action.run();
            }
        });
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
