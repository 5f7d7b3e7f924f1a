package com.knead.ui.office;

import static com.knead.ui.common.Theme.style;

import com.knead.control.Tasks;
import com.knead.control.office.CloseDayController;
import com.knead.control.office.OfficeLock;
import com.knead.control.office.RestoreController;
import com.knead.control.office.SalesRangeController;
import com.knead.control.office.SyncController;
import com.knead.domain.StaffMember;
import com.knead.ui.common.DiskWarningLine;
import com.knead.ui.common.StaffRenderer;
import com.knead.usecase.OfficeServices;
import java.awt.AWTEvent;
import java.awt.CardLayout;
import java.awt.Component;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;

/**
 * The owner's office, locked behind the PIN of someone who may open it. Unlocked, it shows its pages
 * as tabs, all acting as that person; it locks again when asked, when its window is closed or hidden,
 * and after {@link OfficeLock#IDLE} with nobody using it. The rules are {@link OfficeLock}'s.
 */
public final class OfficeFrame extends JFrame {

    private static final String LOCKED = "locked";
    private static final String OPEN = "open";

    private final OfficeLock lock;
    private final CardLayout cards = new CardLayout();
    private final JPanel content = new JPanel(cards);
    private final JTabbedPane tabs = new JTabbedPane();
    private final List<OfficePage> pages;
    private final DiskWarningLine diskWarning;
    /** Whoever unlocked the office last: the person its changes are recorded as made by. */
    private volatile StaffMember unlockedBy;

    private final JComboBox<StaffMember> who = new JComboBox<>();
    private final JPasswordField pin = new JPasswordField(8);
    private final JButton unlock = style(new JButton("Unlock"), "deskPrimary");
    private final JLabel pinProblem = style(new JLabel(" "), "deskProblem");
    private final JLabel notice = new JLabel(" ");
    private final JLabel openFor = new JLabel(" ");
    private final Timer idleTimer;
    private final AWTEventListener activity;
    private List<StaffMember> listed = List.of();
    private boolean shownOpen;
    private boolean disposing;

    public OfficeFrame(OfficeServices services, Tasks tasks) {
        this(services, tasks, Clock.systemUTC());
    }

    public OfficeFrame(OfficeServices services, Tasks tasks, Clock clock) {
        super("Knead — Office");
        setName("office");
        this.lock = new OfficeLock(services.door(), tasks, clock, this::render);
        this.pages = List.of(new DayPanel(services.endOfDay(),
                        new CloseDayController(services.closeDay(), services.closePaper(), tasks), tasks),
                new SalesRangePage(new SalesRangeController(services.salesRange(), tasks, SwingUtilities::invokeLater,
                        this::unlockedBy)),
                new StaffPage(services, lock::openFor, tasks, clock), new RolesPage(),
                new SettingsPage(services.settings(), tasks, this::unlockedBy),
                new RedFlagRulesPage(services.redFlags(), tasks, this::unlockedBy),
                new IntakeQuestionsPage(services.intakeQuestions(), tasks, this::unlockedBy),
                new PricesPage(services.prices(), services.modalities(), services.prepaidOffers(), this::unlockedBy, tasks),
                new SyncPage(new SyncController(services.sync(), tasks, SwingUtilities::invokeLater, this::unlockedBy)),
                new BackupsPage(new RestoreController(services.restore(), tasks, this::unlockedBy)),
                new AuditPage(services, lock::openFor, tasks, clock));
        content.add(lockedPanel(), LOCKED);
        content.add(openPanel(), OPEN);
        // The disk's warning, as on the desk: over the locked card and the open office alike.
        diskWarning = new DiskWarningLine("office.diskWarning", services.disk(), tasks, true);
        JPanel root = new JPanel(new MigLayout("insets 0, wrap 1, fill, hidemode 3", "[grow, fill]", "[][grow, fill]"));
        root.add(diskWarning, "gapleft 24, gapright 24, gaptop 8, wmin 0");
        root.add(content);
        setContentPane(root);
        // Room for the Prices page: its table, the history and the modality editor.
        setSize(1100, 760);
        addComponentListener(new ComponentAdapter() {
            @Override
            public void componentShown(ComponentEvent e) {
                diskWarning.start();
            }

            @Override
            public void componentHidden(ComponentEvent e) {
                diskWarning.stop();
                lock.lock("window closed");
            }
        });
        idleTimer = new Timer(tickEvery(lock.idle()), e -> lock.tick());
        idleTimer.start();
        // Any key or click in this window counts as someone using the office.
        activity = event -> {
            if (event.getSource() instanceof Component c && SwingUtilities.getWindowAncestor(c) == this
                    || event.getSource() == this) {
                lock.touched();
            }
        };
        Toolkit.getDefaultToolkit().addAWTEventListener(activity, AWTEvent.KEY_EVENT_MASK | AWTEvent.MOUSE_EVENT_MASK);
        lock.load();
    }

    /** The person the office is open for, as listed when it was unlocked; null while locked. */
    private StaffMember unlockedBy() {
        return lock.openFor().flatMap(a -> listed.stream().filter(m -> m.id().equals(a.staffId())).findFirst())
                .orElse(null);
    }

    /** Locks the office after {@code idle} with nobody using it (shorter in tests). */
    public void idleAfter(Duration idle) {
        lock.idleAfter(idle);
        idleTimer.setDelay(tickEvery(idle));
        idleTimer.setInitialDelay(tickEvery(idle));
        idleTimer.restart();
    }

    private static int tickEvery(Duration idle) {
        return (int) Math.max(20, Math.min(idle.toMillis() / 4, 5_000));
    }

    @Override
    public void dispose() {
        disposing = true;
        lock.lock("Knead closed");
        idleTimer.stop();
        diskWarning.stop();
        Toolkit.getDefaultToolkit().removeAWTEventListener(activity);
        super.dispose();
    }

    private JPanel lockedPanel() {
        JPanel panel = new JPanel(new MigLayout("insets 24, wrap 2", "[right][grow, fill]", "[]24[][][][][]"));
        who.setName("office.owner");
        pin.setName("office.pin");
        unlock.setName("office.unlock");
        pinProblem.setName("office.pinProblem");
        notice.setName("office.notice");
        pin.getAccessibleContext().setAccessibleName("PIN");
        who.getAccessibleContext().setAccessibleName("Who are you?");
        who.setRenderer(new StaffRenderer(""));
        panel.add(style(new JLabel("The office is locked"), "deskHeading"), "span 2, left");
        JLabel whoLabel = new JLabel("Who are you?");
        whoLabel.setLabelFor(who);
        panel.add(whoLabel);
        panel.add(who);
        JLabel pinLabel = new JLabel("PIN");
        pinLabel.setLabelFor(pin);
        panel.add(pinLabel);
        panel.add(pin);
        panel.add(unlock, "skip, left");
        panel.add(pinProblem, "span 2, left, wmin 0");
        panel.add(notice, "span 2, left");
        unlock.addActionListener(e -> unlock());
        pin.addActionListener(e -> unlock());
        return panel;
    }

    private JPanel openPanel() {
        JPanel panel = new JPanel(new MigLayout("insets 12, wrap 1, fill", "[grow, fill]", "[][grow, fill]"));
        JButton lockButton = new JButton("Lock");
        lockButton.setName("office.lock");
        lockButton.addActionListener(e -> lock.lock("Lock pressed"));
        openFor.setName("office.openFor");
        panel.add(style(new JLabel("Office"), "deskHeading"), "split 3");
        panel.add(openFor, "gapleft 16");
        panel.add(lockButton, "gapbefore push, growx 0");
        tabs.setName("office.tabs");
        for (OfficePage page : pages) {
            tabs.addTab(page.title(), page.component());
        }
        panel.add(tabs);
        return panel;
    }

    private void unlock() {
        StaffMember chosen = (StaffMember) who.getSelectedItem();
        String typed = new String(pin.getPassword());
        pin.setText("");
        if (chosen != null && unlock.isEnabled()) {
            lock.unlock(chosen, typed);
        }
    }

    private void render(OfficeLock.State state) {
        if (!state.whoMayOpen().equals(listed)) {
            Object was = who.getSelectedItem();
            listed = state.whoMayOpen();
            who.setModel(new DefaultComboBoxModel<>(listed.toArray(StaffMember[]::new)));
            listed.stream().filter(m -> was instanceof StaffMember w && w.id().equals(m.id())).findFirst()
                    .ifPresent(who::setSelectedItem);
        }
        unlock.setEnabled(!state.checking() && !listed.isEmpty());
        pinProblem.setText(state.problem().isEmpty() ? " " : state.problem());
        notice.setText(state.notice().isEmpty() ? " " : state.notice());
        openFor.setText(state.openFor().map(a -> "open for " + a.staffName()).orElse(" "));
        if (state.open() != shownOpen) {
            shownOpen = state.open();
            cards.show(content, shownOpen ? OPEN : LOCKED);
            pages.forEach(shownOpen ? OfficePage::opened : OfficePage::locked);
            if (!shownOpen && !disposing) {
                pin.requestFocusInWindow();
                lock.load();
            }
        }
    }
}
