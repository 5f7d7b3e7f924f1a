package com.knead.ui;

import static com.knead.ui.GuiTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.app.KneadWindows;
import com.knead.domain.BodyRegion;
import com.knead.domain.ClientDetails;
import com.knead.domain.IntakeAnswers;
import com.knead.domain.KioskCheckIn;
import com.knead.domain.Modality;
import com.knead.domain.Signature;
import com.knead.store.Stores;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Point;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk as a visitor sees it, at the counter screens' sizes, windowed and full screen: every
 * screen painted to an image and measured there (text contrast in every button state and after a
 * reset, nothing cut off, no label shortened), the focused field never under the on-screen
 * keyboard, and typing on the on-screen keys doing what the visitor expects.
 */
class KioskFitTest {

    static final List<Dimension> SIZES = List.of(new Dimension(1024, 768), new Dimension(1280, 800),
            new Dimension(1366, 768), new Dimension(1920, 1080));

    @TempDir
    Path data;

    private Robot robot;
    private KioskDriver kiosk;
    private JFrame frame;
    private final List<String> breaches = new ArrayList<>();
    private String where;
    private int shots;

    @Test
    void windowedTheKioskFitsEveryScreenAndStaysReadable() throws Exception {
        walkEverySize(false);
    }

    @Test
    void fullScreenTheKioskFitsEveryScreenAndStaysReadable() throws Exception {
        walkEverySize(true);
    }

    /**
     * Larger text at every size, full screen and then (a staff member having left kiosk mode with
     * their PIN) windowed. Every button's hovered, pressed and focused look is measured in larger
     * text at the smallest and the largest window, as before; at the other sizes (their colours are
     * the same, and measured at the usual size there) each screen is measured as it shows.
     */
    @Test
    void largerTextStillFitsAndStaysReadable() throws Exception {
        adaHasBeenBefore();
        try (RunningKiosk running = RunningKiosk.launch(new KneadWindows.Options(data, true, null,
                Duration.ofSeconds(5), Duration.ofMinutes(5)))) {
            useQuickly(running);
            larger = true;
            for (Dimension size : SIZES) {
                resize(size);
                walk("larger-fullscreen-" + size.width + "x" + size.height, true, false);
            }
            leaveKioskMode();
            for (Dimension size : SIZES) {
                resize(size);
                walk("larger-" + size.width + "x" + size.height, false, size.equals(SIZES.get(0)) || size.equals(SIZES.get(3)));
            }
        }
        savedAll();
        assertOnlyTheKnownOpenProblems("in larger text");
    }

    /** As a staff member leaves kiosk mode: Staff, their name, their PIN (the demo owner's), Leave. */
    private void leaveKioskMode() {
        kiosk.on("welcome").tap("kiosk.staff").on("staff").toggle("kiosk.staff.Olivia Park");
        for (char c : "4827".toCharArray()) {
            kiosk.tap("key." + c);
        }
        kiosk.tap("kiosk.staff.leave");
        waitUntil("the kiosk leaves kiosk mode", KioskDriver.WAIT, () -> !frame.isUndecorated() && frame.isShowing());
        kiosk.on("welcome");
    }

    /** Screenshots are written to disk beside the walk (PNG encoding is slow); all are written before the test ends. */
    private final java.util.concurrent.ExecutorService saving = java.util.concurrent.Executors.newSingleThreadExecutor();

    /**
     * The robot with shorter fixed pauses between events (it still waits, after each, until the event
     * queue is idle, and a little for the X server): a walk taps a few hundred times, and the pauses
     * were a third of its time.
     */
    private void useQuickly(RunningKiosk running) {
        robot = running.robot();
        // 40/60 ms, not less: at 10 ms, and at 20 ms beside the mutation tests on two cores, a tap was lost now and then.
        robot.settings().delayBetweenEvents(40);
        robot.settings().eventPostingDelay(60);
        kiosk = running.kiosk();
        frame = (JFrame) kiosk.kiosk().target();
    }

    private void save(SeenOnScreen seen, String name) {
        java.nio.file.Path file = GuiTesting.screenshots().resolve(name);
        saving.submit(() -> seen.save(file));
    }

    private void savedAll() throws InterruptedException {
        saving.shutdown();
        assertThat(saving.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES)).as("screenshots written").isTrue();
    }

    private boolean larger;
    /** Larger text has been tapped on for the visitor now at the kiosk (a reset puts it back). */
    private boolean largerNow;

    /**
     * Puts the window at the top left at this size, and waits until the window manager has placed it
     * there: a tap aimed at where a button was before the move would land elsewhere (the first tap
     * of a walk, Larger text, was lost that way now and then).
     */
    private void resize(Dimension size) {
        GuiActionRunner.execute(() -> {
            frame.setBounds(0, 0, size.width, size.height);
            frame.validate();
            frame.toFront();
        });
        robot.waitForIdle();
        // Java knows the new place at once, the X server a little later: wait until the pointer, moved
        // onto the welcome's Larger text, reaches it there (a tap would otherwise land elsewhere).
        AbstractButton larger = kiosk.kiosk().toggleButton("kiosk.largeText").target();
        java.util.concurrent.atomic.AtomicBoolean reached = new java.util.concurrent.atomic.AtomicBoolean();
        java.awt.event.AWTEventListener seen = e -> reached.compareAndSet(false, e.getSource() == larger);
        java.awt.Toolkit.getDefaultToolkit().addAWTEventListener(seen, java.awt.AWTEvent.MOUSE_MOTION_EVENT_MASK);
        try {
            int[] turn = {0};
            org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition("the window is where it was put") {
                @Override
                public boolean test() {
                    if (++turn[0] % 10 == 0) {
                        // A window just opened may be put back by the window manager, or lie under the desk's;
                        // and Java, thinking it is at 0,0 already, would not ask again: ask by way of another place.
                        GuiActionRunner.execute(() -> {
                            frame.setLocation(1, 1);
                            frame.setLocation(0, 0);
                            frame.toFront();
                        });
                    }
                    robot.moveMouse(larger, new Point(8 + 4 * (turn[0] % 2), 8));
                    return reached.get();
                }
            }, org.assertj.swing.timing.Timeout.timeout(KioskDriver.WAIT.toMillis()));
        } finally {
            java.awt.Toolkit.getDefaultToolkit().removeAWTEventListener(seen);
        }
        robot.moveMouse(frame.getRootPane(), new Point(2, 2));
        robot.waitForIdle();
    }

    /**
     * What is still open (listed in kiosk-fit-open.txt; nothing now) is printed; anything else a
     * visitor would not see or read fails the test, so the list can only shrink.
     */
    private void assertOnlyTheKnownOpenProblems(String how) throws java.io.IOException {
        java.util.Set<String> open;
        try (var in = KioskFitTest.class.getResourceAsStream("kiosk-fit-open.txt")) {
            open = new java.util.HashSet<>(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList());
        }
        // "~ " lines name a whole open problem whose details vary from run to run (which size, how many px).
        List<java.util.regex.Pattern> kinds = open.stream().filter(l -> l.startsWith("~ "))
                .map(l -> java.util.regex.Pattern.compile(l.substring(2))).toList();
        List<String> known = new ArrayList<>();
        List<String> fresh = new ArrayList<>();
        for (String breach : breaches) {
            boolean listed = open.contains(asListed(breach))
                    || kinds.stream().anyMatch(kind -> kind.matcher(breach).matches());
            (listed ? known : fresh).add(breach);
        }
        known.forEach(b -> System.out.println("KioskFitTest, still open: " + b));
        assertThat(fresh).as("what a visitor would not see, or not read %s (not among the known open problems)", how)
                .isEmpty();
    }

    /** A problem as kiosk-fit-open.txt lists it: the screen size kept, every other number as N. */
    static String asListed(String breach) {
        int space = breach.indexOf(' ');
        return breach.substring(0, space + 1) + breach.substring(space + 1).replaceAll("\\d+(\\.\\d+)?", "N");
    }

    /**
     * With larger text asked for: one tap on the welcome screen, and its text about 150%; the title,
     * large already and on one line, grows as far as the window holds it (the checks of every screen
     * then find it whole, and every text at least 30 pt).
     */
    private void largerTextIfAsked() {
        if (!larger) {
            return;
        }
        JLabel text = kiosk.kiosk().label("kiosk.welcome.text").target();
        JLabel title = kiosk.kiosk().label("kiosk.welcome").target();
        float[] before = GuiActionRunner.execute(() -> new float[] {text.getFont().getSize2D(), title.getFont().getSize2D()});
        kiosk.toggle("kiosk.largeText");
        robot.waitForIdle();
        float[] after = GuiActionRunner.execute(() -> new float[] {text.getFont().getSize2D(), title.getFont().getSize2D()});
        if (after[0] < before[0] * 1.45f) {
            breaches.add(where + " larger text: the welcome's text went from " + before[0] + " to " + after[0] + " pt");
        }
        if (after[1] <= before[1]) {
            breaches.add(where + " larger text: the welcome's title stayed at " + after[1] + " pt");
        }
        largerNow = true;
    }

    /**
     * With larger text on, every text shown is at least 150% of the kiosk's smallest (20 pt): all but
     * the on-screen keys and the body map's 0 to 10, which keep their size, as keys do.
     */
    private List<String> notEnlarged() {
        if (!largerNow) {
            return List.of();
        }
        return robot.finder().findAll(frame.getContentPane(), c -> c.isShowing() && (c instanceof JLabel
                        || c instanceof AbstractButton || c instanceof JTextComponent))
                .stream().filter(c -> !isKey(c) && !(c instanceof JLabel l && l.getText().isBlank()))
                .filter(c -> c.getFont().getSize2D() < 29.5f)
                .map(c -> SeenOnScreen.describe(c) + ": " + c.getFont().getSize2D() + " pt with larger text on").toList();
    }

    private static boolean isKey(Component c) {
        for (Component at = c; at != null; at = at.getParent()) {
            if (at.getName() != null && (at.getName().startsWith("key.") || at.getName().startsWith("kiosk.pain."))
                    || at instanceof javax.swing.JScrollBar) {
                return true;
            }
        }
        return false;
    }

    private void walkEverySize(boolean fullScreen) throws Exception {
        adaHasBeenBefore();
        try (RunningKiosk running = RunningKiosk.launch(new KneadWindows.Options(data, fullScreen, null,
                Duration.ofSeconds(5), Duration.ofMinutes(5)))) {
            useQuickly(running);
            String mode = fullScreen ? "fullscreen" : "windowed";
            if (!fullScreen) {
                // The window as Knead opens it, first: it must fit the screen it opens on.
                Dimension opened = GuiActionRunner.execute(() -> frame.getSize());
                walk(mode + "-as-opened-" + opened.width + "x" + opened.height, false, true);
            }
            for (Dimension size : SIZES) {
                resize(size);
                walk(mode + "-" + size.width + "x" + size.height, fullScreen, true);
            }
        }
        savedAll();
        assertOnlyTheKnownOpenProblems("");
    }

    /**
     * Whether this walk types on the on-screen keys (the number pad's caret and four-digit year, the
     * free text's capital): the first walk of each test does; the others, at other sizes, set the
     * typed text directly (the keyboard still shown, and measured, over the field being typed in).
     */
    private boolean typeOnTheKeys;
    private int walks;

    /** Whether each button's hovered, pressed and focused look is measured too, not only each screen as shown. */
    private boolean everyState;

    /**
     * Every kiosk screen once, a new visitor then a returning one, measured on each (with
     * {@code everyState}, each button in each state too).
     */
    private void walk(String size, boolean fullScreen, boolean everyState) {
        this.everyState = everyState;
        typeOnTheKeys = walks++ == 0;
        where = size;
        shots = 0;
        kiosk.on("welcome");
        largerTextIfAsked();
        look("welcome");
        if (fullScreen) {
            kiosk.tap("kiosk.staff").on("staff");
            look("staff");
            kiosk.tap("kiosk.staff.cancel").on("welcome");
            // Back at the welcome, the kiosk starts the next person at the usual size: larger text is asked again.
            largerNow = false;
            largerTextIfAsked();
            look("welcome-after-staff");
        }
        kiosk.tap("kiosk.new").on("contact");
        look("contact");
        if (typeOnTheKeys) {
            typingOnTheKeys();
        }
        // Two problems at once: both told, each next to its field, and each gone once it is fixed.
        kiosk.set("kiosk.name", "").set("kiosk.phone", "555 123 4567").set("kiosk.birth.day", "1")
                .set("kiosk.birth.month", "1").set("kiosk.birth.year", "2999").tap("kiosk.contact.next");
        waitUntil("the problems show", KioskDriver.WAIT, () -> !problem("kiosk.problem.birth_date").isBlank());
        if (problem("kiosk.problem.name").isBlank()) {
            breaches.add(where + " contact: only one of two problems told");
        }
        look("contact-problems");
        kiosk.set("kiosk.name", "Bea Visitor");
        robot.waitForIdle();
        if (!problem("kiosk.problem.name").isBlank()) {
            breaches.add(where + " contact: the name's problem stays after the name is typed");
        }
        kiosk.set("kiosk.birth.year", "1980");
        robot.waitForIdle();
        if (!problem("kiosk.problem.birth_date").isBlank()) {
            breaches.add(where + " contact: the date's problem stays after the date is fixed");
        }
        kiosk.tap("kiosk.contact.next").on("bodyMap");
        look("bodyMap");
        bodyAndNamesSeen();
        kiosk.tap("kiosk.bodyMap.next").on("pain");
        look("pain");
        kiosk.tap("kiosk.pain.next").on("health");
        look("health");
        typeIn("kiosk.q.medications", "health", "aspirin");
        kiosk.tap("kiosk.health.next").on("preferences");
        look("preferences");
        String notes = typeIn("kiosk.q.notes", "preferences", "first visit");
        if (typeOnTheKeys && !notes.equals("First visit")) {
            breaches.add(where + " free text typed as \"first visit\" reads \"" + notes + "\"");
        }
        kiosk.tap("kiosk.preferences.next").on("consent");
        look("consent-unsigned");
        kiosk.sign();
        look("consent-signed");
        kiosk.tap("kiosk.consent.next").on("service");
        look("service");
        kiosk.choose("RELAXATION", 60).on("review");
        look("review");
        kiosk.checkIn();
        look("checkedIn");
        // The kiosk resets (Done, the same reset its timer makes, without waiting for it): what the next visitor sees first.
        kiosk.tap("kiosk.done").on("welcome");
        largerNow = false;
        look("welcome-after-reset");
        if (larger) {
            float title = GuiActionRunner.execute(() -> kiosk.kiosk().label("kiosk.welcome").target().getFont().getSize2D());
            if (title > 40) {
                breaches.add(where + " larger text stays on for the next visitor after a reset");
            }
            largerTextIfAsked();
        }

        kiosk.tap("kiosk.returning").on("returning");
        look("returning");
        kiosk.set("kiosk.returning.phone", "5551234567").set("kiosk.returning.birth.day", "10")
                .set("kiosk.returning.birth.month", "12").set("kiosk.returning.birth.year", "1975")
                .tap("kiosk.returning.next").on("changed");
        look("changed");
        kiosk.tap("kiosk.changed.first").on("health");
        look("health-returning");
        kiosk.tap("kiosk.health.next").on("service").choose("RELAXATION", 60).checkIn();
        kiosk.tap("kiosk.done").on("welcome");
        largerNow = false;
        look("welcome-after-second-reset");
    }

    /** The body map shows a body, front and back, with a name on every area a visitor can tap. */
    private void bodyAndNamesSeen() {
        List<String> found = GuiActionRunner.execute(() -> {
            JComponent map = (JComponent) robot.finder().findByName(frame, "kiosk.bodyMap", false);
            SeenOnScreen painted = SeenOnScreen.paint(frame.getRootPane());
            Point at = javax.swing.SwingUtilities.convertPoint(map, 0, 0, frame.getRootPane());
            javax.accessibility.AccessibleContext context = map.getAccessibleContext();
            List<BodyMapSeen.Area> areas = new ArrayList<>();
            for (int i = 0; i < context.getAccessibleChildrenCount(); i++) {
                javax.accessibility.AccessibleContext area = context.getAccessibleChild(i).getAccessibleContext();
                java.awt.Rectangle bounds = area.getAccessibleComponent().getBounds();
                bounds.translate(at.x, at.y);
                areas.add(new BodyMapSeen.Area(area.getAccessibleName(), bounds));
            }
            java.awt.image.BufferedImage image = painted.image();
            return BodyMapSeen.problems(image, areas, new java.awt.Color(image.getRGB(at.x + map.getWidth() - 3, at.y + 3)));
        });
        found.forEach(b -> breaches.add(where + " bodyMap: " + b));
    }

    /** The number pad: a tap mid-number does not move where ⌫ deletes, and a year has four digits. */
    private void typingOnTheKeys() {
        JTextComponent phone = kiosk.kiosk().textBox("kiosk.phone").target();
        robot.click(phone);
        tapKeys("555123");
        robot.click(phone, new Point(20, phone.getHeight() / 2), MouseButton.LEFT_BUTTON, 1);
        kiosk.tap("key.delete");
        String typed = GuiTesting.text(phone);
        if (!typed.equals("55512")) {
            breaches.add(where + " phone 555123, tapped near its start, then ⌫: reads \"" + typed + "\"");
        }
        JTextComponent year = kiosk.kiosk().textBox("kiosk.birth.year").target();
        robot.click(year);
        tapKeys("19755");
        String y = GuiTesting.text(year);
        if (!y.equals("1975")) {
            breaches.add(where + " year typed 19755 reads \"" + y + "\"");
        }
    }

    private void tapKeys(String text) {
        for (char c : text.toCharArray()) {
            kiosk.tap(c == ' ' ? "key.space" : "key." + Character.toUpperCase(c));
        }
    }

    /** Taps a typed answer as a visitor does, checks the keyboard leaves it in sight, types; returns what it reads. */
    private String typeIn(String field, String page, String text) {
        JTextComponent box = kiosk.kiosk().textBox(field).target();
        // Through its parent: a text field's own scrollRectToVisible scrolls only its text.
        GuiActionRunner.execute(() -> ((JComponent) box.getParent()).scrollRectToVisible(box.getBounds()));
        robot.waitForIdle();
        robot.click(box);
        waitUntil("the keyboard shows", KioskDriver.WAIT, () -> keyboardShowing() != null);
        robot.waitForIdle();
        List<String> found = GuiActionRunner.execute(() ->
                SeenOnScreen.paint(frame.getRootPane()).keyboardCovers((JComponent) box, keyboardShowing()));
        found.forEach(b -> breaches.add(where + " " + page + " typing: " + b));
        if (!typeOnTheKeys) {
            // What the keys type is checked on the first walk; at the other sizes it is the same keys.
            GuiActionRunner.execute(() -> box.setText(text.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                    + text.substring(1)));
        } else {
            tapKeys(text);
        }
        // The last tap may still be on its way through the event queue on a loaded machine: read the
        // field once it holds what was typed, or after the wait as it is (a lost key is then reported).
        String expected = text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
        try {
            waitUntil("the field holds what was typed", java.time.Duration.ofSeconds(5),
                    () -> box.getText().equals(expected) || box.getText().equals(text));
        } catch (org.assertj.swing.exception.WaitTimedOutError notTyped) {
            // Reported below, with what the field holds.
        }
        String typed = GuiTesting.text(box);
        // Measured while typing (the keyboard showing); the button states are measured on the page's own look.
        List<String> seen = GuiActionRunner.execute(() -> {
            SeenOnScreen painted = SeenOnScreen.paint(frame.getRootPane());
            save(painted, String.format("fit-%s-%02d-%s.png", where, ++shots, page + "-typing"));
            List<String> all = new ArrayList<>(painted.contrastBelow(frame.getContentPane(), TouchRules.MIN_CONTRAST));
            all.addAll(painted.cutOff(frame.getContentPane()));
            all.addAll(SeenOnScreen.truncated(frame.getContentPane()));
            return all;
        });
        seen.forEach(b -> breaches.add(where + " " + page + "-typing: " + b));
        return typed;
    }

    private Component keyboardShowing() {
        for (Component key : robot.finder().findAll(frame, c -> "key.space".equals(c.getName()) && c.isShowing())) {
            return key.getParent().getParent();
        }
        return null;
    }

    private String problem(String name) {
        return GuiTesting.text(kiosk.kiosk().label(name).target()).replaceAll("<[^>]*>", "").trim();
    }

    /**
     * Paints the window and measures the screen as it is, then each button in each state: hovered,
     * pressed, focused (disabled ones as they are), every text at least 7:1 on the painted pixels.
     */
    private void look(String screen) {
        robot.waitForIdle();
        String at = where + " " + screen + ": ";
        List<String> found = GuiActionRunner.execute(() -> {
            SeenOnScreen seen = SeenOnScreen.paint(frame.getRootPane());
            save(seen, String.format("fit-%s-%02d-%s.png", where, ++shots, screen));
            List<String> all = new ArrayList<>();
            all.addAll(seen.contrastBelow(frame.getContentPane(), TouchRules.MIN_CONTRAST));
            all.addAll(seen.cutOff(frame.getContentPane()));
            all.addAll(SeenOnScreen.truncated(frame.getContentPane()));
            all.addAll(notEnlarged());
            return all;
        });
        found.forEach(b -> breaches.add(at + b));
        if (!everyState) {
            return;
        }
        List<AbstractButton> buttons = GuiActionRunner.execute(() -> robot.finder()
                .findAll(frame.getContentPane(), c -> c instanceof AbstractButton b && b.isShowing()
                        && b.getText() != null && !b.getText().isBlank())
                .stream().map(c -> (AbstractButton) c).toList());
        // Every button's states painted in one go on the Event Dispatch Thread (one hop, not one per state).
        List<String> states = GuiActionRunner.execute(() -> {
            List<String> below = new ArrayList<>();
            for (AbstractButton button : buttons) {
                below.addAll(statesBelow(at, button));
            }
            return below;
        });
        breaches.addAll(states);
        for (AbstractButton button : buttons) {
            if (focused(button)) {
                double ratio = GuiActionRunner.execute(() -> SeenOnScreen.paintAround(frame.getRootPane(), button)
                        .contrastOf(button));
                if (ratio < TouchRules.MIN_CONTRAST) {
                    breaches.add(at + SeenOnScreen.describe(button) + " focused: painted contrast "
                            + String.format("%.2f", ratio) + ":1");
                }
            }
            // The step's own Next (a primary button) says why it waits; the body map's pain buttons wait for a region.
            boolean disabled = GuiActionRunner.execute(() -> !button.isEnabled()
                    && "kioskPrimary".equals(button.getClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE_CLASS)));
            if (disabled && !saysWhyDisabled(button)) {
                breaches.add(at + SeenOnScreen.describe(button) + " is disabled without saying so in words");
            }
        }
    }

    /** On the EDT: the button painted hovered and pressed (a toggle also selected, and selected and hovered), each below 7:1. */
    private static List<String> statesBelow(String at, AbstractButton button) {
        List<String> below = new ArrayList<>();
        List<String> states = button instanceof javax.swing.JToggleButton
                ? List.of("hover", "pressed", "selected", "selected, hover") : List.of("hover", "pressed");
        for (String state : states) {
            boolean wasSelected = button.isSelected();
            boolean hover = state.contains("hover");
            boolean pressed = state.equals("pressed");
            button.getModel().setSelected(state.startsWith("selected") || wasSelected);
            button.getModel().setRollover(hover);
            button.getModel().setArmed(pressed);
            button.getModel().setPressed(pressed);
            double ratio;
            try {
                ratio = SeenOnScreen.paintAround(button.getRootPane(), button).contrastOf(button);
            } finally {
                // Disarmed first: releasing an armed button would press it for real.
                button.getModel().setArmed(false);
                button.getModel().setPressed(false);
                button.getModel().setRollover(false);
                button.getModel().setSelected(wasSelected);
            }
            if (ratio < TouchRules.MIN_CONTRAST) {
                below.add(at + SeenOnScreen.describe(button) + " " + state + ": painted contrast "
                        + String.format("%.2f", ratio) + ":1");
            }
        }
        return below;
    }

    /**
     * Gives a focusable, enabled button the focus and waits until it has it (asked on the EDT and
     * checked every few milliseconds; the robot's own way pauses a tenth of a second or more each time).
     */
    private boolean focused(AbstractButton button) {
        boolean asked = GuiActionRunner.execute(() -> button.isFocusable() && button.isEnabled()
                && (button.isFocusOwner() || button.requestFocusInWindow()));
        if (!asked) {
            boolean focusable = GuiActionRunner.execute(() -> button.isFocusable() && button.isEnabled());
            if (focusable) {
                robot.focusAndWaitForFocusGain(button);
            }
            return focusable;
        }
        waitUntil("the focus on " + SeenOnScreen.describe(button), KioskDriver.WAIT, button::isFocusOwner);
        return true;
    }

    /** A disabled button says so in words: on itself, or in a label shown with it. */
    private boolean saysWhyDisabled(AbstractButton button) {
        return GuiActionRunner.execute(() -> {
            String spoken = button.getAccessibleContext().getAccessibleDescription();
            Component hint = robot.finder().findAll(frame.getContentPane(), c -> c instanceof JLabel l && l.isShowing()
                    && (button.getName() + ".why").equals(l.getName()) && !l.getText().isBlank())
                    .stream().findFirst().orElse(null);
            return hint != null && spoken != null && !spoken.isBlank();
        });
    }

    /** Ada's first visit, recorded before the kiosk starts, so a returning visitor can be found. */
    private void adaHasBeenBefore() {
        try (Stores stores = Stores.open(data)) {
            Modality swedish = stores.catalog().priceListOn(java.time.LocalDate.now()).modalities().stream()
                    .filter(m -> m.code().equals("SWEDISH")).findFirst().orElseThrow();
            ClientDetails ada = new ClientDetails(new com.knead.domain.ContactDetails("Ada Lovelace", "5551234567"),
                    "", LocalDate.of(1975, 12, 10));
            IntakeAnswers answers = new IntakeAnswers(Map.of("pressure", "medium"), Map.of(BodyRegion.NECK, 4));
            stores.intakes().checkIn(new KioskCheckIn(ada, Optional.empty(), answers,
                    Optional.of(new Signature(new byte[] {1, 2, 3}, Instant.now())), swedish,
                    stores.catalog().priceListOn(java.time.LocalDate.now()).pricesOf(swedish.id()).get(0)), stores.intakes().form(),
                    Instant.now().minus(Duration.ofDays(30)));
        }
    }
}
