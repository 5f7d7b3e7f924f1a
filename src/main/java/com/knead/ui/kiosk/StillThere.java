package com.knead.ui.kiosk;

import static com.knead.ui.common.Theme.style;

import java.awt.AWTEvent;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.MouseAdapter;
import java.time.Duration;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.RootPaneContainer;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;

/**
 * The kiosk's idle watch and its "Are you still there?" over the screen. When nobody has touched the
 * kiosk for the idle time it tells {@code onIdle} (the flow decides whether to ask); while it is
 * asking, without an answer within the grace time it tells {@code onAbandoned}.
 */
final class StillThere {

    private final JPanel overlay = new JPanel(new MigLayout("fill", "[center]", "[center]")) {
        @Override
        protected void paintComponent(Graphics g) {
            g.setColor(new Color(0, 0, 0, 150));
            g.fillRect(0, 0, getWidth(), getHeight());
        }
    };
    private final Timer idle;
    private final Timer grace;
    private final AWTEventListener activity;

    StillThere(RootPaneContainer window, Duration idleTime, Runnable onIdle, Runnable onHere, Runnable onAbandoned) {
        idle = new Timer(millis(idleTime), e -> onIdle.run());
        idle.setRepeats(false);
        // As long to answer as it waited, up to 20 seconds.
        Duration graceTime = idleTime.compareTo(Duration.ofSeconds(20)) > 0 ? Duration.ofSeconds(20) : idleTime;
        grace = new Timer(Math.max(millis(graceTime), 500), e -> onAbandoned.run());
        grace.setRepeats(false);

        overlay.setOpaque(false);
        overlay.setName("kiosk.stillThere");
        // Taps on the dimmed screen go nowhere but count as being there.
        overlay.addMouseListener(new MouseAdapter() { });
        JPanel card = style(new JPanel(new MigLayout("insets 40, wrap 1", "[center]", "[]16[]32[]")), "kioskCard");
        JLabel question = style(new JLabel("Are you still there?"), "kioskHeading");
        question.setName("kiosk.stillThere.question");
        card.add(question);
        card.add(style(new JLabel("To keep your details private, this screen clears itself in a moment."), "kioskText"));
        JPanel buttons = new JPanel(new MigLayout("insets 0, gap 32"));
        buttons.setOpaque(false);
        JButton here = style(new JButton("I'm still here"), "kioskPrimary");
        here.setName("kiosk.stillThere.here");
        here.getAccessibleContext().setAccessibleName("I'm still here");
        here.addActionListener(e -> onHere.run());
        JButton over = style(new JButton("Start over"), "kioskSecondary");
        over.setName("kiosk.stillThere.startOver");
        over.getAccessibleContext().setAccessibleName("Start over");
        over.addActionListener(e -> onAbandoned.run());
        buttons.add(here, "wmin 320, hmin 96");
        buttons.add(over, "wmin 260, hmin 96");
        card.add(buttons);
        overlay.add(card);
        window.setGlassPane(overlay);

        // Any touch or key in the kiosk counts as someone being there.
        activity = event -> {
            Object source = event.getSource();
            if (source instanceof java.awt.Component c && SwingUtilities.getRoot(c) == window && !overlay.isVisible()) {
                idle.restart();
            }
        };
        Toolkit.getDefaultToolkit().addAWTEventListener(activity, AWTEvent.MOUSE_EVENT_MASK | AWTEvent.KEY_EVENT_MASK);
    }

    private static int millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, duration.toMillis()));
    }

    /**
     * Asks, with the grace time running, or (not asking) hides the question and watches from now:
     * something was just shown, so someone is there.
     */
    void show(boolean asking) {
        if (asking) {
            if (!overlay.isVisible()) {
                overlay.setVisible(true);
                grace.restart();
            }
            return;
        }
        grace.stop();
        overlay.setVisible(false);
        idle.restart();
    }

    /** Stops watching for good (the window is closing). */
    void stop() {
        Toolkit.getDefaultToolkit().removeAWTEventListener(activity);
        idle.stop();
        grace.stop();
    }

    boolean isAsking() {
        return overlay.isVisible();
    }
}
