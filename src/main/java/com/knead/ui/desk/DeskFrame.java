package com.knead.ui.desk;

import static com.knead.ui.common.Theme.style;

import com.knead.control.Tasks;
import com.knead.control.desk.CheckoutController;
import com.knead.control.desk.SignInController;
import com.knead.control.desk.SignInState;
import com.knead.ui.common.DiskWarningLine;
import com.knead.usecase.DeskServices;
import java.awt.AWTEvent;
import java.awt.CardLayout;
import java.awt.Component;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.AWTEventListener;
import java.awt.event.KeyEvent;
import java.time.Clock;
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
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;

/**
 * The cashier's window: today's queue on the left, the selected visit and its checkout on the right,
 * and reprinting any receipt. Keys for the common path: F2 a new counter sale (gift card or package),
 * F3 next visit, F4 exact cash, F8 finish the sale (and print), F9 reprint. It is handed the desk's
 * use cases, built once at start-up; it builds no printer or drawer of its own. It opens on the
 * sign-in card; the header says who is signed in, with Switch and Sign out, and the desk signs out by
 * itself when nobody touched it for the idle time.
 */
public final class DeskFrame extends JFrame {

    /** How often the desk looks whether it stood idle long enough to sign out. */
    private static final int IDLE_CHECK_MILLIS = 15_000;
    /** How often the header looks whether the business day has turned (the clinic's day end). */
    private static final int DAY_CHECK_MILLIS = 1_000;

    private final QueuePanel queue;
    private final SignInController signIn;
    private final CardLayout cards = new CardLayout();
    private final JPanel deck = new JPanel(cards);
    private final JLabel signedIn = new JLabel(" ");
    /** The disk's warning for the owner, under the header; hidden while there is room. */
    private final DiskWarningLine diskWarning;
    private final Timer idleCheck;
    /** The clinic's name and the business day, followed at the day's turn. */
    private final JLabel heading = new JLabel();
    private final Timer dayCheck;
    private final AWTEventListener touches;

    public DeskFrame(DeskServices services, Tasks tasks, Runnable openOffice) {
        this(services, tasks, openOffice, Clock.systemDefaultZone());
    }

    /** The same, its idle sign-out (and My sessions' closing) timed on {@code clock}: a test passes ten minutes at once. */
    public DeskFrame(DeskServices services, Tasks tasks, Runnable openOffice, Clock clock) {
        super("Knead — Front desk");
        setName("desk");
        signIn = new SignInController(services.signIn(), tasks, clock);
        DeskDialogs dialogs = new DeskDialogs(services, tasks, signIn);
        CheckoutController controller = new CheckoutController(services.clinic(), services.finishSale(),
                services.visits(), services.today(), services.prepaid(), signIn, tasks, this::refreshQueue);
        CheckoutPanel checkout = new CheckoutPanel(controller, services.openIntake(), dialogs, tasks, this::refreshQueue);
        queue = new QueuePanel(services.today(), tasks, services.clinic().zone(), controller::chooseVisit);
        ReprintPanel reprint = dialogs.reprint();

        DeskContent content = new DeskContent(new MigLayout("fill, insets 16", "[52%, fill][48%, fill]", "[][][grow, fill][]"));
        heading.setName("desk.heading");
        Runnable dayTurns = () -> heading(services.clinic().name() + " · " + DAY.format(services.today().today()));
        dayTurns.run();
        dayCheck = new Timer(DAY_CHECK_MILLIS, e -> dayTurns.run());
        content.add(style(heading, "deskHeading"), "split 6, span 2");
        // Who is signed in, beside the queue's title: the header's row is full on a half screen.
        JPanel who = new JPanel(new MigLayout("insets 0, gap 8"));
        signedIn.setName("desk.signedIn");
        who.add(style(signedIn, "deskNote"));
        JButton switchCashier = new JButton("Switch");
        switchCashier.setName("desk.switch");
        switchCashier.addActionListener(e -> signIn.switchCashier());
        who.add(switchCashier);
        JButton signOut = new JButton("Sign out");
        signOut.setName("desk.signOut");
        signOut.addActionListener(e -> signIn.signOut());
        who.add(signOut);
        queue.besideTitle(who);
        JButton rota = new JButton("Therapists in today…");
        rota.setName("desk.rota");
        rota.addActionListener(e -> dialogs.rota(this, checkout::therapistsChanged));
        content.add(rota, "right, growx 0");
        JButton mySessions = new JButton("My sessions…");
        mySessions.setName("desk.mySessions");
        mySessions.addActionListener(e -> dialogs.therapistDay(this));
        content.add(mySessions, "growx 0");
        JButton checkIn = new JButton("Check in a client…");
        checkIn.setName("desk.checkIn");
        checkIn.addActionListener(e -> dialogs.checkIn(this, visit -> refreshQueue()));
        content.add(checkIn, "growx 0");
        JButton clients = new JButton("Clients…");
        clients.setName("desk.clients");
        clients.addActionListener(e -> dialogs.clients(this));
        content.add(clients, "growx 0");
        JButton office = new JButton("Office…");
        office.setName("desk.office");
        office.addActionListener(e -> openOffice.run());
        content.add(office, "growx 0, wrap");
        diskWarning = new DiskWarningLine("desk.diskWarning", services.disk(), tasks, false);
        // wmin 0: on a narrow screen the sentence is cut (the tooltip keeps it whole), never the desk widened.
        content.add(diskWarning, "span 2, growx, wmin 0, hidemode 3, wrap");
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
        SignInPanel card = new SignInPanel(signIn, services.clinic().name());
        deck.add(card, "signIn");
        deck.add(window, "desk");
        setContentPane(deck);
        signIn.attach(state -> {
            card.show(state);
            shown(state);
        });
        idleCheck = new Timer(IDLE_CHECK_MILLIS, e -> signIn.idleCheck());
        touches = event -> {
            if (event.getSource() instanceof Component c && ours(c)) {
                signIn.touched();
            }
        };
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

    /** Shows the desk to the person signed in, and the sign-in card (over everything) to nobody. */
    private void shown(SignInState state) {
        signedIn.setText(state.header());
        boolean in = state.signedIn().isPresent();
        if (!in) {
            // What was open (a refund, the drawer) is not left for the next person to use.
            for (Window owned : getOwnedWindows()) {
                owned.dispose();
            }
        }
        cards.show(deck, in ? "desk" : "signIn");
    }

    private boolean ours(Component c) {
        Window window = c instanceof Window w ? w : SwingUtilities.getWindowAncestor(c);
        while (window != null && window != this) {
            window = window.getOwner();
        }
        return window == this;
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM");

    private void heading(String text) {
        if (!text.equals(heading.getText())) {
            heading.setText(text);
        }
    }

    private void refreshQueue() {
        queue.refresh();
    }

    /** Starts the live queue; call once the window is showing. */
    public void startQueue() {
        queue.start();
        idleCheck.start();
        diskWarning.start();
        dayCheck.start();
        Toolkit.getDefaultToolkit().addAWTEventListener(touches, AWTEvent.MOUSE_EVENT_MASK | AWTEvent.KEY_EVENT_MASK);
    }

    @Override
    public void dispose() {
        queue.stop();
        idleCheck.stop();
        diskWarning.stop();
        dayCheck.stop();
        Toolkit.getDefaultToolkit().removeAWTEventListener(touches);
        super.dispose();
    }
}
