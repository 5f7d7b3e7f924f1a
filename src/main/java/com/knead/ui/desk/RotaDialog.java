package com.knead.ui.desk;

import static com.knead.ui.common.Theme.style;

import com.knead.control.Tasks;
import com.knead.domain.Rota;
import com.knead.domain.StaffMember;
import com.knead.ui.common.Sentence;
import com.knead.usecase.WhoIsIn;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * Who is in today: a tick per therapist, saved as soon as it changes. The kiosk shares the queue
 * among the therapists ticked here when it tells a visitor how long the wait is, and the checkout
 * offers them first.
 */
final class RotaDialog extends JDialog {

    private final WhoIsIn rota;
    private final Tasks tasks;
    private final Runnable onChanged;
    private final JPanel ticks = new JPanel(new MigLayout("insets 0, wrap 1, gap 0 8"));
    private final JLabel summary = new JLabel(" ");
    private final Sentence problem = new Sentence("deskProblem");
    private final List<JCheckBox> boxes = new ArrayList<>();

    RotaDialog(Window owner, WhoIsIn rota, Tasks tasks, Runnable onChanged) {
        super(owner, "Therapists in today", ModalityType.MODELESS);
        this.rota = rota;
        this.tasks = tasks;
        this.onChanged = onChanged;
        setName("desk.rotaDialog");
        summary.setName("rota.summary");
        problem.setName("rota.problem");
        JPanel content = new JPanel(new MigLayout("insets 20, wrap 1, width 480", "[grow, fill]", ""));
        content.add(style(new JLabel("Who is in today?"), "deskHeading"));
        JLabel help = new JLabel("<html>Untick a therapist who is not in. The kiosk shares the queue among those "
                + "ticked when it tells a visitor how long the wait is.</html>");
        content.add(help);
        content.add(ticks, "gaptop 8");
        content.add(summary);
        content.add(problem);
        JButton close = new JButton("Close");
        close.setName("rota.close");
        close.addActionListener(e -> dispose());
        content.add(close, "right, growx 0");
        setContentPane(content);
        getRootPane().setDefaultButton(close);
        load();
    }

    private void load() {
        tasks.read(rota::today, this::show, problem::setText, "Who is in today could not be read");
    }

    private void show(Rota today) {
        ticks.removeAll();
        boxes.clear();
        for (StaffMember therapist : today.therapists()) {
            JCheckBox box = new JCheckBox(therapist.name(), today.isIn(therapist));
            box.setName("rota." + therapist.name());
            box.addActionListener(e -> mark(therapist, box));
            boxes.add(box);
            ticks.add(box);
        }
        if (today.therapists().isEmpty()) {
            ticks.add(new JLabel("No therapists are on the staff list yet."));
        }
        summarise(today);
        pack();
        setLocationRelativeTo(getOwner());
    }

    private void mark(StaffMember therapist, JCheckBox box) {
        boolean in = box.isSelected();
        boxes.forEach(b -> b.setEnabled(false));
        tasks.write(() -> rota.mark(therapist, in), marked -> {
            boxes.forEach(b -> b.setEnabled(true));
            problem.setText(" ");
            summarise(marked);
            onChanged.run();
        }, sentence -> {
            boxes.forEach(b -> b.setEnabled(true));
            box.setSelected(!in);
            problem.setText(sentence);
        }, "The change to who is in could not be saved");
    }

    private void summarise(Rota today) {
        int in = today.onShift().size();
        summary.setText(in == 0 ? "Nobody is ticked: the kiosk counts one therapist for the wait."
                : in == 1 ? "1 therapist is in today." : in + " therapists are in today.");
    }
}
