package com.knead.ui.office;

import static com.knead.ui.common.Theme.style;

import com.knead.control.office.ModalitiesController;
import com.knead.domain.Pressure;
import com.knead.ui.common.Sentence;
import java.util.UUID;
import java.util.function.Supplier;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * The modality editor beside the price list: choose a modality, rename or describe it, keep it off
 * the kiosk, move it, give it a duration or retire one; or add a new modality. It draws
 * {@link ModalitiesController}'s state; {@code from} is the page's "effective from" day.
 */
final class ModalityEditor extends JPanel implements ModalitiesController.View {

    private final ModalitiesController controller;
    private final JComboBox<ModalitiesController.Line> chosen = new JComboBox<>();
    private final JTextField name = new JTextField(16);
    private final JTextField description = new JTextField(12);
    private final JCheckBox onKiosk = new JCheckBox("Offered on the kiosk");
    private final JComboBox<ModalitiesController.Length> durations = new JComboBox<>();
    private final JTextField minutes = new JTextField(4);
    private final JTextField price = new JTextField(7);
    private final JComboBox<Pressure> pressure = new JComboBox<>(Pressure.values());
    private final JButton save = new JButton("Save name");
    private final JButton add = new JButton("Add as new modality");
    private final JButton up = new JButton("Move up");
    private final JButton down = new JButton("Move down");
    private final JButton addDuration = new JButton("Add duration");
    private final JButton retire = new JButton("Retire duration");
    private final Sentence problem = new Sentence("deskProblem");
    private final Sentence result = new Sentence("deskDone");
    private boolean drawing;

    ModalityEditor(ModalitiesController controller, Supplier<String> from) {
        super(new MigLayout("insets 0 8 0 0, wrap 2", "[right][grow, fill, 0::]", ""));
        this.controller = controller;
        setName("office.modalities");
        chosen.setName("office.modalities.chosen");
        name.setName("office.modalities.name");
        description.setName("office.modalities.description");
        onKiosk.setName("office.modalities.onKiosk");
        durations.setName("office.modalities.durations");
        minutes.setName("office.modalities.minutes");
        price.setName("office.modalities.price");
        problem.setName("office.modalities.problem");
        result.setName("office.modalities.result");
        pressure.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list, value instanceof Pressure p ? p.label() : value,
                        index, selected, focus);
            }
        });
        add(style(new JLabel("Modalities"), "deskHeading"), "span 2, left");
        add(label("Modality", chosen));
        add(chosen, "split 3");
        add(up, "grow 0");
        add(down, "grow 0");
        add(label("Name", name));
        add(name);
        add(label("Description", description));
        add(description);
        add(label("Pressure (new)", pressure));
        add(pressure);
        add(save, "skip, split 2, grow 0");
        add(add, "grow 0");
        add(onKiosk, "skip");
        add(label("Durations", durations));
        add(durations, "split 2");
        add(retire, "grow 0");
        add(label("Minutes", minutes));
        add(minutes, "split 4, grow 0");
        add(label("price (blank: later)", price), "grow 0");
        add(price, "grow 0");
        add(addDuration, "grow 0");
        add(problem, "span 2, growx");
        add(result, "span 2, growx");
        chosen.addActionListener(e -> {
            if (!drawing && chosen.getSelectedItem() instanceof ModalitiesController.Line line) {
                controller.choose(line.id());
            }
        });
        save.addActionListener(e -> controller.describe(name.getText(), description.getText()));
        add.addActionListener(e -> controller.add(name.getText(), description.getText(),
                (Pressure) pressure.getSelectedItem()));
        onKiosk.addActionListener(e -> controller.showOnKiosk(onKiosk.isSelected()));
        up.addActionListener(e -> controller.move(true));
        down.addActionListener(e -> controller.move(false));
        addDuration.addActionListener(e -> controller.addDuration(minutes.getText(), price.getText(), from.get()));
        retire.addActionListener(e -> {
            if (durations.getSelectedItem() instanceof ModalitiesController.Length length) {
                controller.retire(length.id());
            }
        });
        controller.attach(this);
    }

    private static JLabel label(String text, java.awt.Component field) {
        JLabel label = new JLabel(text);
        label.setLabelFor(field);
        return label;
    }

    void clear() {
        name.setText("");
        description.setText("");
        minutes.setText("");
        price.setText("");
    }

    @Override
    public void show(ModalitiesController.State state) {
        drawing = true;
        try {
            UUID was = chosen.getSelectedItem() instanceof ModalitiesController.Line line ? line.id() : null;
            chosen.setModel(new DefaultComboBoxModel<>(state.modalities().toArray(ModalitiesController.Line[]::new)));
            ModalitiesController.Line line = state.modalities().stream().filter(l -> l.id().equals(state.chosen()))
                    .findFirst().orElse(null);
            chosen.setSelectedItem(line);
            if (line != null && !line.id().equals(was)) {
                name.setText(line.name());
                description.setText(line.description());
            }
            onKiosk.setSelected(line != null && line.onKiosk());
            durations.setModel(new DefaultComboBoxModel<>(line == null ? new ModalitiesController.Length[0]
                    : line.durations().toArray(ModalitiesController.Length[]::new)));
            durations.setRenderer(new javax.swing.DefaultListCellRenderer() {
                @Override
                public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value,
                                                                       int index, boolean selected, boolean focus) {
                    return super.getListCellRendererComponent(list, value instanceof ModalitiesController.Length l
                            ? l.words() : value, index, selected, focus);
                }
            });
        } finally {
            drawing = false;
        }
        boolean ready = !state.busy() && state.chosen() != null;
        for (javax.swing.JComponent c : new javax.swing.JComponent[] {save, onKiosk, up, down, addDuration, retire}) {
            c.setEnabled(ready);
        }
        add.setEnabled(!state.busy());
        problem.setText(state.problem().isEmpty() ? " " : state.problem());
        result.setText(state.result().isEmpty() ? " " : state.result());
        if (state.result().contains("min added")) {
            minutes.setText("");
            price.setText("");
        }
    }
}
