package com.knead.ui.desk;

import com.knead.control.Tasks;
import com.knead.ui.common.Sentence;
import com.knead.usecase.Reprint;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * Reprints any past receipt by its number (F9 reprints the last one): the PDF copy is written
 * again and the receipt printed on the chosen printer.
 */
final class ReprintPanel extends JPanel {

    private final Reprint reprints;
    private final Tasks tasks;
    private final JTextField number = new JTextField(7);
    private final JButton reprint = new JButton("Reprint (F9)");
    private final Sentence status = new Sentence("deskNote");

    ReprintPanel(Reprint reprints, Tasks tasks) {
        super(new MigLayout("insets 0", "[][][][grow]", ""));
        this.reprints = reprints;
        this.tasks = tasks;
        number.setName("desk.reprintNumber");
        reprint.setName("desk.reprint");
        status.setName("desk.reprintStatus");
        status.getAccessibleContext().setAccessibleName("Reprint");
        number.getAccessibleContext().setAccessibleName("Receipt number to reprint");
        number.setToolTipText("Leave empty to reprint the last receipt");
        JLabel label = new JLabel("Receipt");
        label.setLabelFor(number);
        add(label);
        add(number);
        add(reprint);
        add(status, "growx, wmin 0");
        reprint.addActionListener(e -> reprint());
        number.addActionListener(e -> reprint());
    }

    void reprint() {
        if (!reprint.isEnabled()) {
            return;
        }
        String typed = number.getText();
        reprint.setEnabled(false);
        status.setText("Reprinting…");
        // Writing the PDF and printing change nothing recorded: a read, beside other work.
        tasks.read(() -> reprints.again(typed).sentence(), sentence -> {
            reprint.setEnabled(true);
            status.setText(sentence);
        }, sentence -> {
            reprint.setEnabled(true);
            status.setText(sentence);
        }, "The receipt could not be reprinted");
    }
}
