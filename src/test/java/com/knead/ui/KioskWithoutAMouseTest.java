package com.knead.ui;

import static com.knead.ui.GuiTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.app.KneadWindows;
import com.knead.domain.BodyRegion;
import com.knead.domain.Intake;
import com.knead.domain.IntakeQuestion;
import com.knead.domain.ReturningVisitor;
import com.knead.store.Stores;
import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import javax.accessibility.Accessible;
import javax.accessibility.AccessibleContext;
import javax.swing.JFrame;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two check-ins with no mouse event at all: one with the keyboard only (Tab, arrows, Space, typing),
 * one through the accessibility API only, as a screen reader or switch access drives Swing
 * (AccessibleAction, AccessibleEditableText, AccessibleSelection). Both end checked in, with a pain
 * area marked and the consent given with the typed name.
 */
class KioskWithoutAMouseTest {

    @TempDir
    Path data;

    private RunningKiosk running;
    private Robot robot;
    private KioskDriver kiosk;

    private void launch() throws Exception {
        running = RunningKiosk.launch(new KneadWindows.Options(data, false, null, Duration.ofMinutes(5),
                Duration.ofMinutes(5)));
        robot = running.robot();
        kiosk = running.kiosk();
    }

    @AfterEach
    void stop() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    private Component named(String name) {
        return robot.finder().findByName(kiosk.kiosk().target(), name, false);
    }

    private static Component focusOwner() {
        return GuiActionRunner.execute(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner());
    }

    /** Presses Tab until the named control has the focus (at most 60 times). */
    private void tabTo(String name) {
        Component target = named(name);
        for (int i = 0; i < 60 && focusOwner() != target; i++) {
            robot.pressAndReleaseKey(KeyEvent.VK_TAB);
            robot.waitForIdle();
        }
        assertThat(focusOwner()).as("Tab reaches " + name).isSameAs(target);
    }

    private void key(int code) {
        robot.pressAndReleaseKey(code);
        robot.waitForIdle();
    }

    private void pressWithSpace(String name) {
        tabTo(name);
        key(KeyEvent.VK_SPACE);
    }

    private void typeWithKeys(String field, String text) {
        tabTo(field);
        robot.enterText(text);
        robot.waitForIdle();
    }

    private Intake recorded() throws Exception {
        running.closeKnead();
        try (Stores stores = Stores.open(data)) {
            return stores.intakes().returning("5551234567", LocalDate.of(1975, 12, 10))
                    .flatMap(ReturningVisitor::lastIntake).orElseThrow();
        }
    }

    @Test
    void aVisitorChecksInWithTheKeyboardAlone() throws Exception {
        launch();
        kiosk.screenshotsAs("kiosk-keyboard").on("welcome");
        // The window must have the keyboard focus; after that no pointer is used.
        GuiActionRunner.execute(() -> kiosk.kiosk().target().toFront());
        waitUntil("the kiosk has the keyboard focus", KioskDriver.WAIT, () -> focusOwner() != null);
        pressWithSpace("kiosk.new");
        kiosk.on("contact");
        assertThat(focusOwner()).as("the focus is on the new screen").isNotNull();
        typeWithKeys("kiosk.name", "Ada Lovelace");
        typeWithKeys("kiosk.phone", "5551234567");
        typeWithKeys("kiosk.birth.day", "10");
        typeWithKeys("kiosk.birth.month", "12");
        typeWithKeys("kiosk.birth.year", "1975");
        pressWithSpace("kiosk.contact.next");
        kiosk.on("bodyMap");
        assertThat(focusOwner()).as("the focus is on the body map screen").isNotNull();
        tabTo("kiosk.bodyMap");
        // The areas in order: front head to feet, then the back; lower back is the back's fifth... found by name.
        var map = (com.knead.ui.touch.BodyMap) named("kiosk.bodyMap");
        AccessibleContext mapContext = GuiActionRunner.execute(map::getAccessibleContext);
        int lowerBack = indexOf(mapContext, "Lower back, back of the body");
        for (int i = 0; i < lowerBack; i++) {
            key(KeyEvent.VK_RIGHT);
        }
        key(KeyEvent.VK_ENTER);
        assertThat(GuiActionRunner.execute(map::selected)).isEqualTo(BodyRegion.LOWER_BACK);
        assertThat(GuiActionRunner.execute(map::pain)).as("choosing an area marks no pain by itself").isEmpty();
        pressWithSpace("kiosk.pain.6");
        assertThat(GuiActionRunner.execute(map::pain)).isEqualTo(Map.of(BodyRegion.LOWER_BACK, 6));
        pressWithSpace("kiosk.bodyMap.next");
        kiosk.on("pain");
        pressWithSpace("kiosk.pain.next");
        kiosk.on("health");
        pressWithSpace("kiosk.health.next");
        kiosk.on("preferences");
        pressWithSpace("kiosk.preferences.next");
        kiosk.on("consent");
        typeWithKeys("kiosk.consent.typedName", "Ada Lovelace");
        pressWithSpace("kiosk.consent.next");
        kiosk.on("service");
        pressWithSpace("kiosk.service.SWEDISH.60");
        kiosk.on("review");
        pressWithSpace("kiosk.review.next");
        kiosk.on("checkedIn");

        Intake intake = recorded();
        assertThat(intake.answers().pain()).isEqualTo(Map.of(BodyRegion.LOWER_BACK, 6));
        assertThat(intake.signature().drawn()).isFalse();
        assertThat(intake.signature().typedName()).isEqualTo("Ada Lovelace");
    }

    private static int indexOf(AccessibleContext parent, String childName) {
        return GuiActionRunner.execute(() -> {
            for (int i = 0; i < parent.getAccessibleChildrenCount(); i++) {
                if (childName.equals(parent.getAccessibleChild(i).getAccessibleContext().getAccessibleName())) {
                    return i;
                }
            }
            throw new AssertionError("no accessible child \"" + childName + "\" in " + parent.getAccessibleName());
        });
    }

    private AccessibleContext contextOf(String name) {
        Accessible accessible = (Accessible) named(name);
        return GuiActionRunner.execute(accessible::getAccessibleContext);
    }

    private void act(String name) {
        AccessibleContext context = contextOf(name);
        assertThat(GuiActionRunner.execute(() -> context.getAccessibleAction().doAccessibleAction(0)))
                .as("the action of " + name).isTrue();
    }

    private void write(String name, String text) {
        AccessibleContext context = contextOf(name);
        GuiActionRunner.execute(() -> context.getAccessibleEditableText().setTextContents(text));
        assertThat(GuiActionRunner.execute(() -> context.getAccessibleText()
                .getAtIndex(javax.accessibility.AccessibleText.CHARACTER, 0))).isEqualTo(text.substring(0, 1));
    }

    @Test
    void aVisitorChecksInThroughTheAccessibilityApiAlone() throws Exception {
        launch();
        kiosk.screenshotsAs("kiosk-accessible").on("welcome");
        act("kiosk.new");
        kiosk.on("contact");
        write("kiosk.name", "Ada Lovelace");
        write("kiosk.phone", "5551234567");
        write("kiosk.birth.day", "10");
        write("kiosk.birth.month", "12");
        write("kiosk.birth.year", "1975");
        act("kiosk.contact.next");
        kiosk.on("bodyMap");
        AccessibleContext map = contextOf("kiosk.bodyMap");
        int lowerBack = indexOf(map, "Lower back, back of the body");
        GuiActionRunner.execute(() -> map.getAccessibleSelection().addAccessibleSelection(lowerBack));
        act("kiosk.pain.6");
        assertThat(GuiActionRunner.execute(() -> map.getAccessibleChild(lowerBack).getAccessibleContext()
                .getAccessibleDescription())).isEqualTo("Pain 6 of 10");
        // The neck through the area's own action this time: any way of choosing works with the pain buttons.
        int neck = indexOf(map, "Neck, front of the body");
        GuiActionRunner.execute(() -> map.getAccessibleChild(neck).getAccessibleContext().getAccessibleAction()
                .doAccessibleAction(0));
        act("kiosk.pain.3");
        act("kiosk.bodyMap.next");
        kiosk.on("pain");
        act("kiosk.pain.next");
        kiosk.on("health");
        act("kiosk.health.next");
        kiosk.on("preferences");
        act("kiosk.preferences.next");
        kiosk.on("consent");
        write("kiosk.consent.typedName", "Ada Lovelace");
        act("kiosk.consent.next");
        kiosk.on("service");
        act("kiosk.service.SWEDISH.60");
        kiosk.on("review");
        act("kiosk.review.next");
        kiosk.on("checkedIn");

        Intake intake = recorded();
        assertThat(intake.answers().pain()).isEqualTo(Map.of(BodyRegion.LOWER_BACK, 6, BodyRegion.NECK, 3));
        assertThat(intake.signature().typedName()).isEqualTo("Ada Lovelace");
    }

    /** The names a screen reader reads as the focus moves into {@code c}: its own, then each named container's. */
    private static java.util.List<String> announced(Component c) {
        return GuiActionRunner.execute(() -> {
            java.util.List<String> names = new java.util.ArrayList<>();
            for (Component at = c; at != null && !(at instanceof java.awt.Window); at = at.getParent()) {
                String name = at instanceof Accessible a ? a.getAccessibleContext().getAccessibleName() : null;
                if (name != null && !name.isBlank()) {
                    names.add(name);
                }
            }
            return names;
        });
    }

    /**
     * After the screen changes, the focus is on a showing control of the new screen (not lost with the
     * hidden one), and what a screen reader reads on that move includes the step.
     */
    private void focusedOn(String page, String step) {
        kiosk.on(page);
        Component screen = named("kiosk.page." + page);
        waitUntil("the focus is on the " + page + " screen", KioskDriver.WAIT, () -> {
            Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
            return owner != null && owner.isShowing() && javax.swing.SwingUtilities.isDescendingFrom(owner, screen);
        });
        assertThat(announced(focusOwner())).as("read on arriving at " + page).contains(step);
    }

    /** Tab from where the focus is reaches another showing control of the same screen. */
    private void tabStaysOn(String page) {
        Component screen = named("kiosk.page." + page);
        Component before = focusOwner();
        key(KeyEvent.VK_TAB);
        waitUntil("Tab moves on the " + page + " screen", KioskDriver.WAIT, () -> {
            Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
            return owner != null && owner != before && owner.isShowing()
                    && javax.swing.SwingUtilities.isDescendingFrom(owner, screen);
        });
    }

    @Test
    void everyScreenChangeTakesTheFocusToTheNewScreenAndSaysTheStep() throws Exception {
        launch();
        GuiActionRunner.execute(() -> kiosk.kiosk().target().toFront());
        waitUntil("the kiosk has the keyboard focus", KioskDriver.WAIT, () -> focusOwner() != null);
        String[][] forward = {
            {"contact", "Step 1 of 8: Tell us about you"},
            {"bodyMap", "Step 2 of 8: Where does it hurt?"},
            {"pain", "Step 3 of 8: " + IntakeQuestion.Section.PAIN.heading()},
            {"health", "Step 4 of 8: " + IntakeQuestion.Section.HEALTH.heading()},
            {"preferences", "Step 5 of 8: " + IntakeQuestion.Section.PREFERENCES.heading()},
            {"consent", "Step 6 of 8: Your consent"},
            {"service", "Step 7 of 8: Choose your massage"},
            {"review", "Step 8 of 8: Is this right?"},
        };
        kiosk.on("welcome").tap("kiosk.new");
        for (int i = 0; i < forward.length; i++) {
            String page = forward[i][0];
            focusedOn(page, forward[i][1]);
            switch (page) {
                case "contact" -> kiosk.set("kiosk.name", "Ada Lovelace").set("kiosk.phone", "5551234567")
                        .set("kiosk.birth.day", "10").set("kiosk.birth.month", "12").set("kiosk.birth.year", "1975");
                case "consent" -> kiosk.sign();
                default -> { }
            }
            if (page.equals("service")) {
                kiosk.choose("SWEDISH", 60);
            } else if (!page.equals("review")) {
                kiosk.tap("kiosk." + page + ".next");
            }
        }
        for (int i = forward.length - 1; i > 0; i--) {
            kiosk.tap("kiosk." + forward[i][0] + ".back");
            String page = forward[i - 1][0];
            focusedOn(page, forward[i - 1][1]);
            if (page.equals("consent") || page.equals("bodyMap")) {
                tabStaysOn(page);
            }
        }
        kiosk.tap("kiosk.contact.back");
        String welcome = GuiActionRunner.execute(() -> ((javax.swing.JLabel) named("kiosk.welcome")).getText());
        focusedOn("welcome", welcome);
        tabStaysOn("welcome");
    }

    @Test
    void theBodyMapAndConsentScreensPassTheAccessibleTreeRules() throws Exception {
        launch();
        kiosk.newVisitor("Ada Lovelace", "5551234567", "10", "12", "1975");
        JFrame frame = (JFrame) kiosk.kiosk().target();
        assertThat(TouchRules.breaches(frame.getContentPane())).as("the body map screen").isEmpty();
        kiosk.tap("kiosk.bodyMap.next").on("pain").tap("kiosk.pain.next").on("health").tap("kiosk.health.next")
                .on("preferences").tap("kiosk.preferences.next").on("consent");
        assertThat(TouchRules.breaches(frame.getContentPane())).as("the consent screen").isEmpty();
    }
}
