package com.knead.ui.kiosk;

import static com.knead.ui.common.Theme.style;

import com.knead.domain.Modality;
import com.knead.domain.PriceList;
import com.knead.domain.ServicePrice;
import com.knead.ui.common.WidthTrackingPanel;
import java.util.function.BiConsumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ScrollPaneConstants;
import net.miginfocom.swing.MigLayout;

/** One card per modality: name, one line about it, its pressure, and a button per duration with its price. */
final class ServiceScreen extends JPanel {

    private final JPanel cards = new WidthTrackingPanel(
            new MigLayout("wrap 1, insets 0, gap 20", "[grow, fill, 100::]"), 32);
    private final JLabel problem = style(new JLabel(" "), "kioskProblem");
    private final BiConsumer<Modality, ServicePrice> onChoose;

    ServiceScreen(BiConsumer<Modality, ServicePrice> onChoose, Runnable onBack) {
        super(new MigLayout("fill, insets 32 48 32 48, wrap 1", "[grow, fill]", "[][grow, fill][][]"));
        this.onChoose = onChoose;
        problem.setName("kiosk.serviceProblem");
        JButton back = style(new JButton("Back"), "kioskSecondary");
        back.setName("kiosk.serviceBack");
        back.addActionListener(e -> onBack.run());
        JScrollPane scroll = new JScrollPane(cards, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(null);
        scroll.getVerticalScrollBar().putClientProperty("JScrollBar.showButtons", true);
        add(style(new JLabel("Choose your massage"), "kioskHeading"));
        add(scroll);
        add(problem);
        add(back, "w 200!, h 80!, growx 0");
    }

    void show(PriceList priceList) {
        cards.removeAll();
        for (Modality modality : priceList.bookable()) {
            cards.add(card(modality, priceList));
        }
        cards.revalidate();
    }

    private JPanel card(Modality modality, PriceList priceList) {
        JPanel card = style(new JPanel(new MigLayout("wrap 1, insets 20", "[grow, fill]")), "kioskCard");
        JLabel name = style(new JLabel(modality.name()), "kioskCardTitle");
        JLabel about = style(new JLabel("<html>" + escape(modality.description()) + "</html>"), "kioskCardText");
        card.add(name);
        card.add(about, "wmin 0");
        card.add(style(new JLabel("Pressure: " + modality.pressure().label()), "kioskCardText"));
        JPanel durations = new JPanel(new MigLayout("insets 8 0 0 0, gap 12"));
        durations.setOpaque(false);
        for (ServicePrice price : priceList.pricesOf(modality.id())) {
            JButton choose = style(new JButton(price.minutes() + " min  ·  " + price.price().plain()), "kioskChoice");
            choose.setName("kiosk.service." + modality.code() + "." + price.minutes());
            choose.getAccessibleContext().setAccessibleName(
                    modality.name() + ", " + price.minutes() + " minutes, " + price.price().plain());
            choose.addActionListener(e -> onChoose.accept(modality, price));
            durations.add(choose, "hmin 64, wmin 64");
        }
        card.add(durations);
        return card;
    }

    void showProblem(String sentence) {
        problem.setText("<html>" + escape(sentence) + "</html>");
    }

    void clear() {
        problem.setText(" ");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
