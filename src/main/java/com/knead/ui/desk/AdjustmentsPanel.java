package com.knead.ui.desk;

import com.knead.domain.Discount;
import com.knead.domain.Refused;
import com.knead.domain.SaleDraft;
import com.knead.domain.Tip;
import com.knead.domain.TypedAmount;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * The discount (amount or percentage, with a reason) and the tip (preset percentages or an amount)
 * of the sale being put together. A discount large enough to need the owner's PIN asks for it
 * through {@code askApproval}; until then the sale cannot be finished.
 */
final class AdjustmentsPanel extends JPanel {

    private final Supplier<SaleDraft> draft;
    private final Runnable changed;
    private final Consumer<String> problem;
    private final Runnable askApproval;
    private final JTextField discount = new JTextField(6);
    private final JTextField reason = new JTextField(12);
    private final JButton applyDiscount = new JButton("Apply");
    private final JButton removeDiscount = new JButton("Remove");
    private final JTextField tip = new JTextField(6);
    private final List<JButton> tipPresets = new ArrayList<>();
    private final JButton noTip = new JButton("No tip");
    private final JLabel summary = new JLabel(" ");

    AdjustmentsPanel(Supplier<SaleDraft> draft, Runnable changed, Consumer<String> problem, Runnable askApproval) {
        super(new MigLayout("insets 0, wrap 2", "[right][grow, fill]", ""));
        this.draft = draft;
        this.changed = changed;
        this.problem = problem;
        this.askApproval = askApproval;
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
            preset.addActionListener(e -> tipPercent(percent));
            tipPresets.add(preset);
            add(preset);
        }
        add(noTip);

        applyDiscount.addActionListener(e -> applyDiscount());
        reason.addActionListener(e -> applyDiscount());
        removeDiscount.addActionListener(e -> run(() -> draft.get().clearDiscount()));
        tip.addActionListener(e -> customTip());
        noTip.addActionListener(e -> {
            tip.setText("");
            run(() -> draft.get().clearTip());
        });
    }

    /** Empties the fields for a new sale. */
    void reset() {
        discount.setText("");
        reason.setText("");
        tip.setText("");
    }

    void setActive(boolean active) {
        for (java.awt.Component c : List.of(discount, reason, applyDiscount, removeDiscount, tip, noTip)) {
            c.setEnabled(active);
        }
        tipPresets.forEach(b -> b.setEnabled(active));
    }

    /** Says what the discount and tip come to, after the draft changed. */
    void showFigures() {
        SaleDraft sale = draft.get();
        if (sale == null) {
            summary.setText(" ");
            return;
        }
        StringBuilder text = new StringBuilder();
        if (sale.totals().discount().isPositive()) {
            text.append(sale.discount().label()).append(" −").append(sale.totals().discount().plain());
            if (sale.discountNeedsApproval()) {
                text.append(" (needs the owner's PIN)");
            }
        }
        if (sale.totals().tip().isPositive()) {
            text.append(text.length() > 0 ? " · " : "").append("Tip ").append(sale.totals().tip().plain());
        }
        summary.setText(text.length() == 0 ? " " : text.toString());
        removeDiscount.setEnabled(sale.discount() != null);
    }

    private void applyDiscount() {
        SaleDraft sale = draft.get();
        if (sale == null) {
            return;
        }
        if (run(() -> sale.discount(Discount.parse(discount.getText(), reason.getText(), sale.clinic().currency())))
                && sale.discountNeedsApproval()) {
            askApproval.run();
        }
    }

    private void tipPercent(int percent) {
        if (run(() -> draft.get().tipPercent(percent))) {
            tip.setText(draft.get().totals().tip().plain());
        }
    }

    private void customTip() {
        SaleDraft sale = draft.get();
        if (tip.getText().isBlank()) {
            run(sale::clearTip);
            return;
        }
        run(() -> sale.tip(TypedAmount.parse(tip.getText(), sale.clinic().currency())));
    }

    /** Applies a change to the draft; a refusal is shown, and nothing changes. */
    private boolean run(Runnable change) {
        if (draft.get() == null) {
            return false;
        }
        try {
            change.run();
            changed.run();
            return true;
        } catch (Refused refused) {
            changed.run();
            problem.accept(refused.getMessage());
            return false;
        }
    }

    /** The tip typed but not yet applied with Enter, applied now (before the sale is finished). */
    boolean applyTypedTip() {
        SaleDraft sale = draft.get();
        if (sale == null || tip.getText().isBlank()
                || tip.getText().strip().equals(sale.totals().tip().plain())) {
            return true;
        }
        return run(() -> sale.tip(TypedAmount.parse(tip.getText(), sale.clinic().currency())));
    }
}
