package com.knead.ui;

import static com.knead.ui.GuiTesting.screenshot;
import static com.knead.ui.GuiTesting.waitUntil;

import com.knead.domain.BodyRegion;
import com.knead.ui.touch.BodyMap;
import java.awt.Component;
import java.awt.Point;
import java.time.Duration;
import javax.swing.JButton;
import javax.swing.JComponent;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;

/**
 * Drives the real kiosk window the way a visitor does, one screen at a time, waiting for each
 * screen to show before touching it. Where typing itself is not under test, text is set directly.
 */
public final class KioskDriver {

    static final Duration WAIT = Duration.ofSeconds(20);

    private final Robot robot;
    private final FrameFixture kiosk;
    private String screenshotPrefix;

    public KioskDriver(Robot robot, FrameFixture kiosk) {
        this.robot = robot;
        this.kiosk = kiosk;
    }

    public FrameFixture kiosk() {
        return kiosk;
    }

    /** Saves a screenshot of every screen reached from now on, named prefix-NN-page. */
    public KioskDriver screenshotsAs(String prefix) {
        screenshotPrefix = prefix;
        return this;
    }

    private int shots;

    /** Waits until the named page is the one showing. */
    public KioskDriver on(String page) {
        Component target = robot.finder().findByName(kiosk.target(), "kiosk.page." + page, false);
        waitUntil("the kiosk shows its " + page + " screen", WAIT, target::isShowing);
        robot.waitForIdle();
        if (screenshotPrefix != null) {
            screenshot(kiosk.target(), String.format("%s-%02d-%s", screenshotPrefix, ++shots, page));
        }
        return this;
    }

    public void shot(String name) {
        robot.waitForIdle();
        if (screenshotPrefix != null) {
            screenshot(kiosk.target(), String.format("%s-%02d-%s", screenshotPrefix, ++shots, name));
        }
    }

    public KioskDriver tap(String name) {
        kiosk.button(name).click();
        return this;
    }

    public KioskDriver toggle(String name) {
        kiosk.toggleButton(name).click();
        return this;
    }

    public KioskDriver set(String field, String text) {
        javax.swing.text.JTextComponent box = kiosk.textBox(field).target();
        GuiActionRunner.execute(() -> box.setText(text));
        return this;
    }

    /** Welcome → New here → contact details → body map. */
    public KioskDriver newVisitor(String name, String phone, String day, String month, String year) {
        on("welcome").tap("kiosk.new").on("contact");
        set("kiosk.name", name).set("kiosk.phone", phone);
        set("kiosk.birth.day", day).set("kiosk.birth.month", month).set("kiosk.birth.year", year);
        return tap("kiosk.contact.next").on("bodyMap");
    }

    /** Taps a region of the body map and its pain 0–10. */
    public KioskDriver pain(BodyRegion region, int intensity) {
        BodyMap map = (BodyMap) robot.finder().findByName(kiosk.target(), "kiosk.bodyMap", false);
        Point at = GuiActionRunner.execute(() -> map.centreOf(region));
        robot.click(map, at, MouseButton.LEFT_BUTTON, 1);
        return toggle("kiosk.pain." + intensity);
    }

    /** Signs the consent with a finger stroke. */
    public KioskDriver sign() {
        JComponent pad = (JComponent) robot.finder().findByName(kiosk.target(), "kiosk.signature", false);
        robot.pressMouse(pad, new Point(60, 80), MouseButton.LEFT_BUTTON);
        robot.moveMouse(pad, new Point(160, 130));
        robot.moveMouse(pad, new Point(260, 70));
        robot.moveMouse(pad, new Point(360, 120));
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
        return this;
    }

    /** Picks a massage on the service screen, scrolling its card into view first. */
    public KioskDriver choose(String modalityCode, int minutes) {
        String name = "kiosk.service." + modalityCode + "." + minutes;
        JButton button = kiosk.button(name).target();
        GuiActionRunner.execute(() -> button.scrollRectToVisible(new java.awt.Rectangle(button.getSize())));
        return tap(name);
    }

    /** From the body map with nothing marked straight through the questions, signing, to the service screen. */
    public KioskDriver quietlyThroughTheForm() {
        tap("kiosk.bodyMap.next").on("pain");
        tap("kiosk.pain.next").on("health");
        tap("kiosk.health.next").on("preferences");
        tap("kiosk.preferences.next").on("consent");
        sign();
        return tap("kiosk.consent.next").on("service");
    }

    /** Review → Check me in → waits for the queue number. */
    public String checkIn() {
        on("review").tap("kiosk.review.next").on("checkedIn");
        javax.swing.JLabel number = kiosk.label("kiosk.number").target();
        waitUntil("the kiosk shows the queue number", WAIT, () -> !number.getText().isBlank());
        return GuiTesting.text(number);
    }
}
