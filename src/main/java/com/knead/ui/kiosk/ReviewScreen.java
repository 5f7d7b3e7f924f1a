package com.knead.ui.kiosk;

import static com.knead.ui.common.Theme.style;

import com.knead.control.kiosk.KioskState;
import com.knead.domain.AddOn;
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
    private final JPanel extras = WrappingRow.panel(12, 64);
    private final JLabel total = style(new JLabel(" "), "kioskLabel");
    private final Map<AddOn, JToggleButton> addOns = new LinkedHashMap<>();
    private final KioskPage page;
    private List<KioskState.ReviewLine> shown = List.of();

    ReviewScreen(Runnable onConfirm, Runnable onBack) {
        lines.setOpaque(false);
        lines.setName("kiosk.review.lines");
        extras.setOpaque(false);
        total.setName("kiosk.review.total");
        // In a list that scrolls up and down when it is taller than the screen (larger text, many add-ons).
        JPanel content = KioskScroll.list("[grow, fill]");
        content.add(lines);
        String offer = "Add to your massage? Tap to add or remove.";
        JLabel offered = style(new JLabel("<html>" + offer + "</html>"), "kioskLabel");
        offered.getAccessibleContext().setAccessibleName(offer);
        content.add(offered, "gaptop 24, wmin 0");
        content.add(extras, "gaptop 8");
        content.add(total, "gaptop 16");
        page = new KioskPage("review", "Is this right?", 8, KioskScroll.of(content), "Check me in", onBack, onConfirm);
    }

    KioskPage page() {
        return page;
    }

    /**
     * The clinic's add-ons as toggles, made again only when the kiosk's price list changed them; a tap
     * is forwarded, the flow says what is chosen.
     */
    void offer(List<AddOn> offered, Consumer<AddOn> onTap) {
        if (List.copyOf(addOns.keySet()).equals(offered)) {
            return;
        }
        addOns.clear();
        extras.removeAll();
        for (AddOn addOn : offered) {
            JToggleButton button = style(new JToggleButton(addOn.name() + "  +" + addOn.price().plain()), "kioskToggle");
            button.setName("kiosk.addOn." + addOn.code());
            button.getAccessibleContext().setAccessibleName(addOn.name() + ", " + addOn.price().plain() + " more");
            button.addActionListener(e -> onTap.accept(addOn));
            addOns.put(addOn, button);
            extras.add(button);
        }
        extras.revalidate();
        extras.repaint();
    }

    /** Shows the review's lines, e.g. ("Massage", "Swedish, 60 minutes"), the add-ons chosen and the total. */
    void show(KioskState.Review review, String problem) {
        if (!review.lines().equals(shown)) {
            shown = review.lines();
            lines.removeAll();
            for (KioskState.ReviewLine line : review.lines()) {
                lines.add(style(new JLabel(line.what()), "kioskLabel"));
                JLabel value = style(new JLabel("<html>" + Html.escape(line.value()) + "</html>"), "kioskText");
                value.setName("kiosk.review." + line.what().toLowerCase());
                lines.add(value, "wmin 0");
            }
            lines.revalidate();
            lines.repaint();
        }
        addOns.forEach((addOn, button) -> button.setSelected(review.addOns().contains(addOn)));
        total.setText(review.total().isEmpty() ? " " : review.total());
        page.showProblem(problem);
    }

    void clear() {
        show(KioskState.Review.NONE, "");
    }
}
