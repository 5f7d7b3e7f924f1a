package com.knead.ui;

import static com.knead.ui.GuiTesting.screenshot;
import static com.knead.ui.GuiTesting.text;
import static com.knead.ui.GuiTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.knead.domain.Intake;
import com.knead.domain.IntakeQuestionSetting;
import java.nio.file.Path;
import java.time.Duration;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JToggleButton;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The office adds an intake question and relabels a question's choices through the real window, and the
 * kiosk, running since before, asks the next visitor the new question with the new labels; the answer is
 * kept with the wording it was asked with.
 */
class OfficeIntakeQuestionGuiTest {

    private static final Duration WAIT = WindowsOnOneClock.WAIT;

    @TempDir
    Path data;

    private WindowsOnOneClock windows;

    @BeforeEach
    void open() {
        windows = new WindowsOnOneClock(data);
    }

    @AfterEach
    void close() {
        windows.close();
    }

    @Test
    void aQuestionAddedInTheOfficeIsAskedByTheRunningKioskOfTheNextVisitor() {
        FrameFixture office = windows.office;
        windows.unlockOfficeAt("Intake questions");
        JList<?> list = office.list("questions.list").target();
        waitUntil("the questions are read", WAIT, () -> GuiActionRunner.execute(() -> list.getModel().getSize()) == 20);
        JLabel said = office.label("questions.said").target();

        // An empty wording is refused in a sentence, nothing added.
        office.comboBox("questions.section").selectItem("Your preferences");
        office.comboBox("questions.kind").selectItem("One of the choices");
        office.textBox("questions.choices").setText("A friend\nThe web");
        office.button("questions.add").click();
        waitUntil("an empty question is refused", WAIT,
                () -> text(said).equals("<html>Type the question as the visitor should read it.</html>"));

        office.textBox("questions.wording").setText("How did you hear about us?");
        office.button("questions.add").click();
        waitUntil("the question is added", WAIT, () -> text(said).startsWith("<html>Added."));
        assertThat(GuiActionRunner.execute(() -> list.getModel().getSize())).isEqualTo(21);

        // The therapist question's choices get new words; their codes, and so their meaning, stay.
        office.list("questions.list").selectItem(java.util.regex.Pattern.compile(".*Therapist preference.*"));
        waitUntil("its choices are shown", WAIT, () -> office.textBox("questions.choices").target().getText()
                .startsWith("any = No preference"));
        office.textBox("questions.choices").setText("any = No preference\nwoman = A female therapist\nman = A male therapist");
        office.button("questions.keepChoices").click();
        waitUntil("the choices are kept", WAIT, () -> text(said).startsWith("<html>Kept. The kiosk offers these choices"));
        screenshot(office.target(), "office-questions-added");
        assertThat(GuiActionRunner.execute(() -> SeenOnScreen.truncated(office.target()))).as("labels cut off").isEmpty();
        windows.hideOffice();

        KioskDriver kiosk = windows.kioskDriver().screenshotsAs("kiosk-new-question");
        kiosk.newVisitor("Hal Heard", "5550100300", "1", "2", "1980");
        kiosk.tap("kiosk.bodyMap.next").on("pain");
        kiosk.tap("kiosk.pain.next").on("health");
        kiosk.tap("kiosk.health.next").on("preferences");
        FrameFixture screen = windows.kiosk;
        JToggleButton web = screen.toggleButton("kiosk.q.how_did_you_hear_about_us.the_web").target();
        assertThat(GuiActionRunner.execute(web::getText)).isEqualTo("The web");
        assertThat(GuiActionRunner.execute(() -> screen.toggleButton("kiosk.q.therapist.woman").target().getText()))
                .isEqualTo("A female therapist");
        GuiActionRunner.execute(() -> web.scrollRectToVisible(new java.awt.Rectangle(web.getSize())));
        kiosk.toggle("kiosk.q.how_did_you_hear_about_us.the_web").toggle("kiosk.q.therapist.woman");
        kiosk.shot("answered");
        kiosk.tap("kiosk.preferences.next").on("consent");
        kiosk.sign();
        kiosk.tap("kiosk.consent.next").on("service");
        kiosk.choose("SWEDISH", 60).checkIn();

        var stores = windows.stores;
        var visit = stores.visits().forDay(stores.clinic().businessDay(windows.clock.instant())).get(0);
        Intake intake = stores.intakes().forVisit(visit.businessDay(), visit.queueNumber()).orElseThrow().intake();
        assertThat(intake.answers().answers()).containsEntry("how_did_you_hear_about_us", "the_web")
                .containsEntry("therapist", "woman");
        assertThat(stores.intakes().askedIn(intake.id()).questions()).filteredOn(q -> q.code().startsWith("how_did"))
                .singleElement().satisfies(q -> {
                    assertThat(q.prompt()).isEqualTo("How did you hear about us?");
                    assertThat(q.readable("the_web")).isEqualTo("The web");
                });
        assertThat(stores.intakes().questions()).extracting(IntakeQuestionSetting::question)
                .filteredOn(q -> q.code().equals("therapist")).extracting(q -> q.readable("woman"))
                .containsExactly("A female therapist");
    }
}
