package com.knead.ui.kiosk;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Point;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.HierarchyEvent;
import java.awt.event.MouseEvent;
import javax.swing.AbstractButton;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.text.JTextComponent;

/**
 * Swiping a kiosk list with a finger: it follows the finger, and on letting go it glides on and
 * slows to a stop. A press that turns into a swipe is no longer a tap, so the button under the
 * finger is not pressed. Listens to the whole toolkit (a press lands on the deepest button, not the
 * list) only while its scroll pane is on screen.
 */
final class KioskSwipe implements AWTEventListener {

    /** How far a finger moves before a press becomes a swipe, in pixels. */
    static final int SLOP = 10;
    /** Each frame of the glide keeps this much of the speed. */
    private static final double FRICTION = 0.93;
    private static final int FRAME_MS = 15;

    private final JScrollPane scroll;
    private final Timer glide = new Timer(FRAME_MS, e -> glideStep());
    private boolean pressed;
    private boolean swiping;
    private int startY;
    private int startView;
    private int lastY;
    private long lastNanos;
    /** Pixels per millisecond, positive when the finger moves up (the list moves on). */
    private double speed;

    private KioskSwipe(JScrollPane scroll) {
        this.scroll = scroll;
    }

    /** Makes {@code scroll} follow a swipe, with momentum. */
    static void install(JScrollPane scroll) {
        KioskSwipe swipe = new KioskSwipe(scroll);
        long mask = AWTEvent.MOUSE_EVENT_MASK | AWTEvent.MOUSE_MOTION_EVENT_MASK;
        scroll.addHierarchyListener(e -> {
            if ((e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0) {
                Toolkit.getDefaultToolkit().removeAWTEventListener(swipe);
                if (scroll.isShowing()) {
                    Toolkit.getDefaultToolkit().addAWTEventListener(swipe, mask);
                } else {
                    swipe.glide.stop();
                }
            }
        });
    }

    @Override
    public void eventDispatched(AWTEvent event) {
        if (!(event instanceof MouseEvent mouse) || !(mouse.getSource() instanceof Component source)) {
            return;
        }
        JViewport viewport = scroll.getViewport();
        switch (mouse.getID()) {
            case MouseEvent.MOUSE_PRESSED -> {
                // On the list (a gap between rows goes to the scroll pane itself), not on its scroll bar
                // and not in a text field, where a drag selects text.
                boolean onList = SwingUtilities.isDescendingFrom(source, scroll)
                        && !SwingUtilities.isDescendingFrom(source, scroll.getVerticalScrollBar());
                // Nor on a drawing surface (the signature box in the consent's list): a stroke there is drawn.
                if (SwingUtilities.isLeftMouseButton(mouse) && onList && !(source instanceof JTextComponent)
                        && !(source instanceof com.knead.ui.touch.SignaturePad)) {
                    glide.stop();
                    pressed = true;
                    swiping = false;
                    startY = mouse.getYOnScreen();
                    startView = viewport.getViewPosition().y;
                    lastY = startY;
                    lastNanos = System.nanoTime();
                    speed = 0;
                }
            }
            case MouseEvent.MOUSE_DRAGGED -> {
                if (!pressed) {
                    return;
                }
                int y = mouse.getYOnScreen();
                if (!swiping && Math.abs(y - startY) > SLOP) {
                    swiping = true;
                    untap(source);
                }
                if (swiping) {
                    long now = System.nanoTime();
                    double millis = Math.max(1, (now - lastNanos) / 1_000_000.0);
                    // Smoothed, so one jittery event does not decide the glide.
                    speed = 0.6 * ((lastY - y) / millis) + 0.4 * speed;
                    lastY = y;
                    lastNanos = now;
                    scrollTo(startView + (startY - y));
                    mouse.consume();
                }
            }
            case MouseEvent.MOUSE_RELEASED -> {
                if (pressed && swiping) {
                    untap(source);
                    if (Math.abs(speed) > 0.05) {
                        glide.start();
                    }
                }
                pressed = false;
                swiping = false;
            }
            default -> { }
        }
    }

    /** The press under the finger became a swipe: the button it began on is not tapped. */
    private static void untap(Component source) {
        Component at = source;
        while (at != null && !(at instanceof AbstractButton)) {
            at = at.getParent();
        }
        if (at instanceof AbstractButton button) {
            button.getModel().setArmed(false);
            button.getModel().setPressed(false);
        }
    }

    private void glideStep() {
        speed *= FRICTION;
        int before = scroll.getViewport().getViewPosition().y;
        int moved = scrollTo(before + (int) Math.round(speed * FRAME_MS));
        if (Math.abs(speed) < 0.05 || moved == before) {
            glide.stop();
        }
    }

    /** Scrolls to {@code y}, kept within the list; returns where it is now. */
    private int scrollTo(int y) {
        JViewport viewport = scroll.getViewport();
        Component view = viewport.getView();
        if (view == null) {
            return 0;
        }
        int most = Math.max(0, view.getHeight() - viewport.getExtentSize().height);
        int to = Math.max(0, Math.min(most, y));
        Point at = viewport.getViewPosition();
        if (at.y != to) {
            viewport.setViewPosition(new Point(at.x, to));
        }
        return to;
    }
}
