package com.knead.ui.desk;

import com.knead.control.desk.CheckoutController;
import com.knead.control.desk.CheckoutState;
import com.knead.domain.Tip;
import java.awt.Component;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * The discount (amount or percentage, with a reason) and the tip (preset percentages or an amount)
 * of the sale being put together: what is typed goes to the {@link CheckoutController}, and what
 * the discount and tip come to is shown from its state.
 */
final class AdjustmentsPanel extends JPanel {

    private final JTextField discount = new JTextField(6);
    private final JTextField reason = new JTextField(12);
    private final JButton applyDiscount = new JButton("Apply");
    private final JButton removeDiscount = new JButton("Remove");
    private final JTextField tip = new JTextField(6);
    private final List<JButton> tipPresets = new ArrayList<>();
    private final JButton noTip = new JButton("No tip");
    private final JLabel summary = new JLabel(" ");
    /** The tip last shown from the state: the box follows it when the tip changes, not while it is typed. */
    private String shownTip = "";

    AdjustmentsPanel(CheckoutController checkout) {
        super(new MigLayout("insets 0, wrap 2", "[right][grow, fill]", ""));
        discount.setName("desk.discount");
        reason.setName("desk.discountReason");
        applyDiscount.setName("desk.applyDiscount");
        removeDiscount.setName("desk.removeDiscount");
        tip.setName("desk.tip");
        noTip.setName("desk.noTip");
        summary.setName("desk.adjustments");
        discount.setToolTipText("An amount like 5.00, or a percentage like 10%");
        discount.getAccessibleContext().setAccessibleName("Discount");
        reason.getAccessibleContext().setAccessibleName("Reason for the discount");
        tip.getAccessibleContext().setAccessibleName("Tip amount");

        JLabel discountLabel = new JLabel("Discount");
        discountLabel.setLabelFor(discount);
        add(discountLabel);
        add(discount, "split 5, growx 0");
        JLabel because = new JLabel("because");
        because.setLabelFor(reason);
        add(because);
        add(reason, "growx");
        add(applyDiscount);
        add(removeDiscount);
        add(summary, "skip, left");
        JLabel tipLabel = new JLabel("Tip");
        tipLabel.setLabelFor(tip);
        add(tipLabel);
        add(tip, "split " + (Tip.PRESET_PERCENTS.size() + 2) + ", growx 0");
        for (int percent : Tip.PRESET_PERCENTS) {
            JButton preset = new JButton(percent + "%");
            preset.setName("desk.tip." + percent);
            preset.addActionListener(e -> checkout.tipPercent(percent));
            tipPresets.add(preset);
            add(preset);
        }
        add(noTip);

        applyDiscount.addActionListener(e -> checkout.applyDiscount(discount.getText(), reason.getText()));
        reason.addActionListener(e -> checkout.applyDiscount(discount.getText(), reason.getText()));
        removeDiscount.addActionListener(e -> checkout.removeDiscount());
        tip.addActionListener(e -> checkout.tip(tip.getText()));
        noTip.addActionListener(e -> {
            tip.setText("");
            checkout.noTip();
        });
    }

    /** Empties the boxes, for a new sale. */
    void reset() {
        discount.setText("");
        reason.setText("");
        tip.setText("");
        shownTip = "";
    }

    /** What is in the tip box, Enter pressed or not. */
    String typedTip() {
        return tip.getText();
    }

    void render(CheckoutState state) {
        boolean active = state.editable();
        for (Component c : List.of(discount, reason, applyDiscount, tip, noTip)) {
            c.setEnabled(active);
        }
        tipPresets.forEach(b -> b.setEnabled(active));
        removeDiscount.setEnabled(active && state.canRemoveDiscount());
        summary.setText(state.adjustments());
        if (!state.tip().equals(shownTip)) {
            tip.setText(state.tip());
            shownTip = state.tip();
        }
    }
}
