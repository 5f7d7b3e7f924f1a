package com.knead.ui.office;

import static com.knead.ui.common.Theme.style;

import com.knead.control.Tasks;
import com.knead.domain.StaffMember;
import com.knead.ui.common.StaffRenderer;
import com.knead.usecase.Approvals;
import com.knead.usecase.OfficeServices;
import java.awt.CardLayout;
import java.util.List;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTabbedPane;
import net.miginfocom.swing.MigLayout;

/**
 * The owner's office, locked behind an owner's PIN. Unlocked, it shows its pages as tabs: the day's
 * reports and printer, and the pages the owner runs the clinic with.
 */
public final class OfficeFrame extends JFrame {

    private static final String LOCKED = "locked";
    private static final String OPEN = "open";

    private final Approvals approvals;
    private final Tasks tasks;
    private final CardLayout cards = new CardLayout();
    private final JPanel content = new JPanel(cards);
    private final JTabbedPane tabs = new JTabbedPane();
    private final List<OfficePage> pages;
    /** Whoever unlocked the office last: the person its changes are recorded as made by. */
    private volatile StaffMember unlockedBy;

    private final JComboBox<StaffMember> owner = new JComboBox<>();
    private final JPasswordField pin = new JPasswordField(8);
    private final JButton unlock = style(new JButton("Unlock"), "deskPrimary");
    private final JLabel pinProblem = style(new JLabel(" "), "deskProblem");

    public OfficeFrame(OfficeServices services, Tasks tasks) {
        super("Knead — Office");
        setName("office");
        this.approvals = services.approvals();
        this.tasks = tasks;
        this.pages = List.of(new DayPanel(services.endOfDay(), services.printers(), tasks),
                new PricesPage(services.prices(), services.modalities(), () -> unlockedBy, tasks));
        content.add(lockedPanel(), LOCKED);
        content.add(openPanel(), OPEN);
        setContentPane(content);
        // Room for the Prices page: its table, the history and the modality editor.
        setSize(1100, 760);
        loadOwners();
    }

    private JPanel lockedPanel() {
        JPanel panel = new JPanel(new MigLayout("insets 24, wrap 2", "[right][grow, fill]", "[]24[][][][]"));
        owner.setName("office.owner");
        pin.setName("office.pin");
        unlock.setName("office.unlock");
        pinProblem.setName("office.pinProblem");
        pin.getAccessibleContext().setAccessibleName("PIN");
        owner.setRenderer(new StaffRenderer(""));
        panel.add(style(new JLabel("The office is locked"), "deskHeading"), "span 2, left");
        panel.add(new JLabel("Owner"));
        panel.add(owner);
        JLabel pinLabel = new JLabel("PIN");
        pinLabel.setLabelFor(pin);
        panel.add(pinLabel);
        panel.add(pin);
        panel.add(unlock, "skip, left");
        panel.add(pinProblem, "span 2, left");
        unlock.addActionListener(e -> unlock());
        pin.addActionListener(e -> unlock());
        return panel;
    }

    private JPanel openPanel() {
        JPanel panel = new JPanel(new MigLayout("insets 12, wrap 1, fill", "[grow, fill]", "[][grow, fill]"));
        JButton lock = new JButton("Lock");
        lock.setName("office.lock");
        lock.addActionListener(e -> lock());
        panel.add(style(new JLabel("Office"), "deskHeading"), "split 2");
        panel.add(lock, "right");
        tabs.setName("office.tabs");
        for (OfficePage page : pages) {
            tabs.addTab(page.title(), page.component());
        }
        panel.add(tabs);
        return panel;
    }

    private void loadOwners() {
        unlock.setEnabled(false);
        tasks.read(approvals::owners,
                (List<StaffMember> owners) -> {
                    owner.setModel(new DefaultComboBoxModel<>(owners.toArray(StaffMember[]::new)));
                    unlock.setEnabled(!owners.isEmpty());
                }, pinProblem::setText, "The staff list could not be read");
    }

    private void unlock() {
        StaffMember who = (StaffMember) owner.getSelectedItem();
        String typed = new String(pin.getPassword());
        pin.setText("");
        if (who == null || !unlock.isEnabled()) {
            return;
        }
        unlock.setEnabled(false);
        // PIN hashes are slow on purpose, so checking one is worker work.
        tasks.read(() -> approvals.unlocks(who, typed), matched -> {
            unlock.setEnabled(true);
            if (matched) {
                unlockedBy = who;
                pinProblem.setText(" ");
                cards.show(content, OPEN);
                pages.forEach(OfficePage::opened);
            } else {
                pinProblem.setText("That PIN is not right for " + who.name() + ". Try again.");
            }
        }, sentence -> {
            unlock.setEnabled(true);
            pinProblem.setText(sentence);
        }, "The PIN could not be checked");
    }

    private void lock() {
        pages.forEach(OfficePage::locked);
        unlockedBy = null;
        cards.show(content, LOCKED);
    }
}
