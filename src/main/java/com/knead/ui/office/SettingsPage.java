package com.knead.ui.office;

import static com.knead.ui.common.Theme.style;

import com.knead.control.Tasks;
import com.knead.control.office.SettingsController;
import com.knead.control.office.SettingsState;
import com.knead.control.office.SettingsState.Part;
import com.knead.domain.StaffMember;
import com.knead.ui.common.WidthTrackingPanel;
import com.knead.usecase.ClinicSettings;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.filechooser.FileNameExtensionFilter;
import net.miginfocom.swing.MigLayout;

/**
 * The office's "Settings" tab: the clinic's lines and logo on receipts, its rooms, the receipt printer
 * and cash drawer, the kiosk's times and the desk's sign-out time. Each part saves on its own and says so, or says what is wrong,
 * beside itself; what was typed stays.
 */
final class SettingsPage extends JPanel implements OfficePage {

    private static final String NONE = "(no printer: PDF copies only)";

    private final SettingsController settings;
    private final JScrollPane scroll;
    private final JTextField name = field("settings.name", 28);
    private final JTextField address = field("settings.address", 28);
    private final JTextField phone = field("settings.phone", 16);
    private final JLabel logo = new JLabel(" ");
    private final JComboBox<String> printer = new JComboBox<>();
    private final JCheckBox kick = new JCheckBox();
    private final JTextField idle = field("settings.kioskIdle", 5);
    private final JTextField reset = field("settings.kioskReset", 5);
    private final JTextField signOut = field("settings.deskSignOut", 5);
    /** Touch mode: the on-screen keyboard under session notes' text and PIN fields at the desk. */
    private final JCheckBox touchMode = new JCheckBox("<html>Touch mode: the on-screen keyboard under<br>session notes' "
            + "text and PIN fields</html>");
    private final RoomsEditor rooms;
    private final Map<Part, JLabel> said = new EnumMap<>(Part.class);
    private boolean filled;

    SettingsPage(ClinicSettings clinicSettings, Tasks tasks, Supplier<StaffMember> who) {
        // Two columns, so the whole page fits the office window; sentences wrap rather than widen it.
        super(new MigLayout("insets 12, wrap 2, gapx 32", "[left, 50%][left, 50%]", "[top]"));
        setName("office.settingsPage");
        scroll = new JScrollPane(new WidthTracking(this));
        scroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        settings = new SettingsController(clinicSettings, tasks, who, this::show);
        rooms = new RoomsEditor(settings);
        logo.setName("settings.logo");
        printer.setName("settings.printer");
        kick.setName("settings.drawerKick");
        printer.getAccessibleContext().setAccessibleName("Receipt printer");
        JPanel left = column();
        JPanel right = column();
        add(left, "top, growx");
        add(right, "top, growx");

        heading(left, "The clinic on its receipts");
        sentence(left, Part.LOAD);
        row(left, "Name", name);
        row(left, "Address", address);
        row(left, "Phone", phone);
        left.add(button("settings.saveDetails", "Save the clinic's details",
                () -> settings.saveDetails(name.getText(), address.getText(), phone.getText())), "skip");
        sentence(left, Part.DETAILS);
        left.add(new JLabel("Logo"));
        left.add(logo);
        left.add(button("settings.chooseLogo", "Choose a picture", this::chooseLogo), "skip, split 2");
        left.add(button("settings.removeLogo", "No logo", settings::removeLogo));
        sentence(left, Part.LOGO);

        heading(left, "Receipt printer and cash drawer");
        row(left, "Receipt printer", printer);
        kick.setText("Open its cash drawer after cash sales");
        kick.setToolTipText("For a drawer wired to the receipt printer (ESC/POS)");
        left.add(kick, "skip");
        left.add(button("settings.savePrinter", "Use this printer", () -> {
            String chosen = (String) printer.getSelectedItem();
            settings.choosePrinter(chosen == null || NONE.equals(chosen) ? Optional.empty() : Optional.of(chosen),
                    kick.isSelected());
        }), "skip");
        sentence(left, Part.PRINTER);

        heading(right, "Rooms");
        right.add(rooms, "span 2");

        heading(right, "The kiosk (from its next start)");
        row(right, "<html>Ask \"Are you still there?\"<br>after this many seconds untouched</html>", idle);
        row(right, "<html>Reset this many seconds<br>after a check-in</html>", reset);
        right.add(button("settings.saveKiosk", "Save the kiosk's times",
                () -> settings.saveKioskTimes(idle.getText(), reset.getText())), "skip");
        sentence(right, Part.KIOSK);

        heading(right, "The desk (from its next start)");
        row(right, "<html>Sign the cashier out after<br>this many minutes untouched</html>", signOut);
        right.add(button("settings.saveDesk", "Save the desk's time",
                () -> settings.saveDeskSignOut(signOut.getText())), "skip");
        touchMode.setName("settings.touchMode");
        touchMode.addActionListener(e -> settings.saveTouchMode(touchMode.isSelected()));
        right.add(touchMode, "skip");
        sentence(right, Part.DESK);
    }

    private static JPanel column() {
        return new JPanel(new MigLayout("insets 0, wrap 2", "[right][left, grow]", ""));
    }

    private static JTextField field(String name, int columns) {
        JTextField field = new JTextField(columns);
        field.setName(name);
        return field;
    }

    private static void heading(JPanel column, String words) {
        column.add(style(new JLabel(words), "deskSubheading"), "span 2, left, gaptop 12");
    }

    private static void row(JPanel column, String label, JComponent input) {
        JLabel words = new JLabel(label);
        words.setLabelFor(input);
        input.getAccessibleContext().setAccessibleName(label.replaceAll("<[^>]+>", " ").replaceAll(" +", " ").strip());
        column.add(words);
        column.add(input);
    }

    private JButton button(String name, String words, Runnable action) {
        JButton button = new JButton(words);
        button.setName(name);
        button.addActionListener(e -> action.run());
        return button;
    }

    /** The line that says what the last save of {@code part} did, or what was wrong; it wraps. */
    private void sentence(JPanel column, Part part) {
        JLabel line = new JLabel(" ");
        line.setName("settings.said." + part.name());
        said.put(part, line);
        column.add(line, "skip, wmax 300");
    }

    private void chooseLogo() {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("settings.logoChooser");
        chooser.setFileFilter(new FileNameExtensionFilter("Pictures (PNG, JPEG, GIF)", "png", "jpg", "jpeg", "gif"));
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            Path chosen = chooser.getSelectedFile().toPath();
            settings.chooseLogo(chosen);
        }
    }

    private void show(SettingsState state) {
        said.forEach((part, line) -> {
            String wrong = state.problem(part);
            String done = state.done(part);
            style(line, wrong.isEmpty() ? "deskDone" : "deskProblem");
            String words = !wrong.isEmpty() ? wrong : done;
            line.setText(words.isEmpty() ? " " : "<html>" + words.replace("&", "&amp;").replace("<", "&lt;") + "</html>");
        });
        rooms.show(state);
        if (!state.loaded()) {
            return;
        }
        logo.setText(state.clinic().logo().isBlank() ? "No logo on the receipts" : "A logo is on the receipts");
        if (!filled) {
            // Filled once per unlock, so a refused save never overwrites what was typed.
            filled = true;
            name.setText(state.clinic().name());
            address.setText(state.clinic().address());
            phone.setText(state.clinic().phone());
            DefaultComboBoxModel<String> queues = new DefaultComboBoxModel<>();
            queues.addElement(NONE);
            state.printer().queues().forEach(queues::addElement);
            state.printer().chosen().filter(q -> !state.printer().queues().contains(q)).ifPresent(queues::addElement);
            printer.setModel(queues);
            printer.setSelectedItem(state.printer().chosen().orElse(NONE));
            kick.setSelected(state.printer().drawerKick());
            idle.setText(String.valueOf(state.kiosk().idle().toSeconds()));
            reset.setText(String.valueOf(state.kiosk().reset().toSeconds()));
            signOut.setText(String.valueOf(state.deskSignOut().toMinutes()));
            touchMode.setSelected(state.touchMode());
        }
    }

    /** Holds the page in the scroll pane at the viewport's width, so it scrolls only up and down. */
    private static final class WidthTracking extends WidthTrackingPanel {
        WidthTracking(JComponent page) {
            super(new java.awt.BorderLayout(), 16);
            add(page);
        }
    }

    @Override
    public String title() {
        return "Settings";
    }

    @Override
    public void opened() {
        filled = false;
        settings.load();
    }

    @Override
    public void locked() {
        settings.forget();
        rooms.forget();
        filled = false;
        said.values().forEach(line -> line.setText(" "));
    }

    @Override
    public JComponent component() {
        return scroll;
    }
}
