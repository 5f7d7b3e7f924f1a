package com.knead.ui.kiosk;

import static com.knead.ui.common.Theme.style;

import com.knead.domain.Modality;
import com.knead.domain.PriceList;
import com.knead.domain.ServicePrice;
import com.knead.domain.Suggestions;
import com.knead.ui.common.WidthTrackingPanel;
import java.util.function.BiConsumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import net.miginfocom.swing.MigLayout;

/**
 * One card per modality: name, one line about it, its pressure, and a button per duration with its
 * price. Cards the intake suggests carry a "Suggested for you" badge, with the reason above them.
 */
final class ServiceScreen {

    private final JPanel cards = new WidthTrackingPanel(
            new MigLayout("wrap 1, insets 0, gap 20", "[grow, fill, 100::]"), 32);
    private final JLabel why = style(new JLabel(" "), "kioskText");
    private final BiConsumer<Modality, ServicePrice> onChoose;
    // Cards are made once per price list and only reordered and badged per visitor: making them is slow.
    private final java.util.Map<Modality, JPanel> cardOf = new java.util.LinkedHashMap<>();
    private final java.util.Map<Modality, JLabel> badgeOf = new java.util.HashMap<>();
    private final java.util.Map<Modality, java.util.List<JButton>> choicesOf = new java.util.HashMap<>();
    private static final String SPOKEN = "kiosk.spoken";
    private PriceList madeFor;
    private final KioskPage page;
    private final JScrollPane scroll;

    ServiceScreen(BiConsumer<Modality, ServicePrice> onChoose, Runnable onBack) {
        this.onChoose = onChoose;
        why.setName("kiosk.service.why");
        scroll = KioskScroll.of(cards);
        JPanel content = new JPanel(new MigLayout("insets 0, wrap 1", "[grow, fill]", "[][grow, fill]"));
        content.setOpaque(false);
        content.add(why, "wmin 0, hidemode 3");
        content.add(scroll);
        page = new KioskPage("service", "Choose your massage", 7, content, "Next", onBack, () -> { });
        page.setNextVisible(false);
    }

    static final String NOTHING_TO_CHOOSE = "No massage can be chosen here yet. Please ask at the desk.";

    KioskPage page() {
        return page;
    }

    /** Builds the cards for this visitor, marking what the intake suggests. */
    void show(PriceList priceList, Suggestions.Suggestion suggestion) {
        if (!priceList.equals(madeFor)) {
            cardOf.clear();
            badgeOf.clear();
            choicesOf.clear();
            for (Modality modality : priceList.bookable()) {
                cardOf.put(modality, card(modality, priceList));
            }
            madeFor = priceList;
        }
        cards.removeAll();
        // Suggested cards first, each group in the clinic's order.
        for (boolean suggestedGroup : new boolean[] {true, false}) {
            for (Modality modality : priceList.bookable()) {
                if (suggestion.suggests(modality) == suggestedGroup) {
                    badgeOf.get(modality).setVisible(suggestedGroup);
                    // The badge is only seen: a screen reader hears the suggestion in each button's own name.
                    for (JButton choose : choicesOf.getOrDefault(modality, java.util.List.of())) {
                        choose.getAccessibleContext().setAccessibleName(choose.getClientProperty(SPOKEN)
                                + (suggestedGroup ? ", suggested for you" : ""));
                    }
                    cards.add(cardOf.get(modality));
                }
            }
        }
        // A clinic just set up has no prices yet: say so plainly rather than show an empty page.
        String words = priceList.bookable().isEmpty() ? NOTHING_TO_CHOOSE : suggestion.why();
        why.setText(words.isEmpty() ? "" : "<html>" + Html.escape(words) + "</html>");
        why.setVisible(!words.isEmpty());
        cards.revalidate();
        cards.repaint();
        scroll.getVerticalScrollBar().setValue(0);
    }

    private JPanel card(Modality modality, PriceList priceList) {
        JPanel card = style(new JPanel(new MigLayout("wrap 1, insets 20", "[grow, fill]")), "kioskCard");
        JPanel top = new JPanel(new MigLayout("insets 0", "[]16[]push"));
        top.setOpaque(false);
        top.add(style(new JLabel(modality.name()), "kioskCardTitle"));
        JLabel badge = style(new JLabel("Suggested for you"), "kioskBadge");
        badge.setName("kiosk.suggested." + modality.code());
        badgeOf.put(modality, badge);
        top.add(badge, "hidemode 3");
        card.add(top);
        card.add(style(new JLabel("<html>" + Html.escape(modality.description()) + "</html>"), "kioskCardText"),
                "wmin 0");
        card.add(style(new JLabel("Pressure: " + modality.pressure().label()), "kioskCardText"));
        // On as many lines as the card's width needs: a price is never shortened (larger text, 1024 px).
        JPanel durations = WrappingRow.panel(12, 64);
        for (ServicePrice price : priceList.pricesOf(modality.id())) {
            JButton choose = style(new JButton(price.minutes() + " min  ·  " + price.price().plain()), "kioskChoice");
            choose.setName("kiosk.service." + modality.code() + "." + price.minutes());
            String spoken = modality.name() + ", " + price.minutes() + " minutes, " + price.price().plain();
            choose.getAccessibleContext().setAccessibleName(spoken);
            choose.putClientProperty(SPOKEN, spoken);
            choicesOf.computeIfAbsent(modality, m -> new java.util.ArrayList<>()).add(choose);
            choose.addActionListener(e -> onChoose.accept(modality, price));
            durations.add(choose);
        }
        card.add(durations, "gaptop 8");
        return card;
    }

    void clear() {
        badgeOf.values().forEach(badge -> badge.setVisible(false));
        why.setText("");
        page.showProblem("");
    }
}
