package com.knead.ui.kiosk;

import static com.knead.ui.common.Theme.style;

import com.knead.domain.AddOn;
import com.knead.domain.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import net.miginfocom.swing.MigLayout;

/** The last look before checking in: who, which massage, add-ons to tap on or off, and the total. */
final class ReviewScreen {

    private final JPanel lines = new JPanel(new MigLayout("insets 0, wrap 2, gapy 16, gapx 32", "[right][grow, fill]"));
    private final JPanel extras = new JPanel(new MigLayout("insets 0, gap 12"));
    private final JLabel total = style(new JLabel(" "), "kioskLabel");
    private final Map<AddOn, JToggleButton> addOns = new LinkedHashMap<>();
    private final KioskPage page;
    private Money servicePrice;

    ReviewScreen(Consumer<List<AddOn>> onConfirm, Runnable onBack) {
        lines.setOpaque(false);
        lines.setName("kiosk.review.lines");
        extras.setOpaque(false);
        total.setName("kiosk.review.total");
        JPanel content = new JPanel(new MigLayout("insets 0, wrap 1, gapy 16", "[grow, fill]"));
        content.setOpaque(false);
        content.add(lines);
        content.add(style(new JLabel("Add to your massage? Tap to add or remove."), "kioskLabel"), "gaptop 16");
        content.add(extras);
        content.add(total, "gaptop 8");
        page = new KioskPage("review", "Is this right?", 8, content, "Check me in", onBack,
                () -> onConfirm.accept(chosen()));
    }

    KioskPage page() {
        return page;
    }

    /** The clinic's add-ons as toggles, made once. */
    void offer(List<AddOn> offered) {
        for (AddOn addOn : offered) {
            JToggleButton button = style(new JToggleButton(addOn.name() + "  +" + addOn.price().plain()), "kioskToggle");
            button.setName("kiosk.addOn." + addOn.code());
            button.getAccessibleContext().setAccessibleName(addOn.name() + ", " + addOn.price().plain() + " more");
            button.addActionListener(e -> showTotal());
            addOns.put(addOn, button);
            extras.add(button, "h 64!");
        }
    }

    /** Shows pairs of (what, value), e.g. ("Massage", "Swedish, 60 min"), and the service's price. */
    void show(List<String[]> pairs, Money price) {
        servicePrice = price;
        lines.removeAll();
        for (String[] pair : pairs) {
            lines.add(style(new JLabel(pair[0]), "kioskLabel"));
            JLabel value = style(new JLabel("<html>" + Html.escape(pair[1]) + "</html>"), "kioskText");
            value.setName("kiosk.review." + pair[0].toLowerCase());
            lines.add(value, "wmin 0");
        }
        lines.revalidate();
        lines.repaint();
        page.showProblem("");
        showTotal();
    }

    private List<AddOn> chosen() {
        List<AddOn> chosen = new ArrayList<>();
        addOns.forEach((addOn, button) -> {
            if (button.isSelected()) {
                chosen.add(addOn);
            }
        });
        return chosen;
    }

    private void showTotal() {
        if (servicePrice == null) {
            total.setText(" ");
            return;
        }
        Money sum = servicePrice;
        for (AddOn addOn : chosen()) {
            sum = sum.plus(addOn.price());
        }
        total.setText("Total to pay at the desk: " + sum.plain());
    }

    void clear() {
        lines.removeAll();
        addOns.values().forEach(button -> button.setSelected(false));
        servicePrice = null;
        showTotal();
        page.showProblem("");
    }
}
