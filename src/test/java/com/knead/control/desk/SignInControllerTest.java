package com.knead.control.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.control.ImmediateTasks;
import com.knead.control.kiosk.MovingClock;
import com.knead.domain.StaffMember;
import com.knead.store.AuditStore;
import com.knead.store.DemoSeed;
import com.knead.usecase.DeskSignIn;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signing in at the desk on real H2, with the real PIN check: the names, a PIN typed on the pad,
 * five wrong PINs locking the person, Switch in two taps, and the idle sign-out on a clock the test
 * moves on. Every sign-in, switch and sign-out is read back from the audit log.
 */
class SignInControllerTest {

    @TempDir
    Path data;

    private DeskFixture desk;
    private final MovingClock clock = new MovingClock();
    private final List<SignInState> shown = new ArrayList<>();

    @BeforeEach
    void open() {
        desk = new DeskFixture(data);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private SignInController controller() {
        SignInController controller = new SignInController(desk.services.signIn(), new ImmediateTasks(), clock);
        controller.attach(shown::add);
        return controller;
    }

    private SignInState now() {
        return shown.get(shown.size() - 1);
    }

    private static void type(SignInController controller, String pin) {
        pin.chars().forEach(c -> controller.digit(c - '0'));
    }

    /** The desk's audit entries, oldest first, as "action outcome name detail". */
    private List<String> deskLog() {
        List<String> lines = new ArrayList<>();
        for (AuditStore.Entry entry : desk.stores.audit().latest(100)) {
            if (entry.place().equals("desk")) {
                String who = entry.staff().flatMap(id -> desk.stores.staff().find(id)).map(StaffMember::name).orElse("");
                lines.add(0, (entry.action() + " " + entry.outcome() + " " + who + " " + entry.detail()).strip());
            }
        }
        return lines;
    }

    @Test
    void theDeskOpensOnTheNamesOfWhoMayTakePaymentsAndSignsInOnTheirPin() {
        SignInController signIn = controller();
        assertThat(now().signedIn()).isEmpty();
        assertThat(now().header()).isBlank();
        assertThat(now().names()).extracting(StaffMember::name)
                .containsExactly("Maya Chen", "Olivia Park", "Riley Brooks", "Sam Ortiz");
        assertThat(now().prompt()).isEqualTo("Tap your name.");

        signIn.submit();
        assertThat(now().problem()).isEqualTo("Tap your name first.");
        signIn.choose(desk.staff("Riley Brooks"));
        assertThat(now().prompt()).isEqualTo("Riley Brooks: type your PIN, then Enter.");
        type(signIn, "3917");
        assertThat(now().pinLength()).isEqualTo(4);
        signIn.erase();
        signIn.digit(7);
        signIn.submit();

        assertThat(now().signedIn()).map(StaffMember::name).hasValue("Riley Brooks");
        assertThat(now().header()).isEqualTo("Signed in: Riley Brooks");
        assertThat(signIn.get().name()).isEqualTo("Riley Brooks");
        assertThat(deskLog()).endsWith("sign in signed in Riley Brooks");
    }

    @Test
    void fiveWrongPinsLockThatPersonWithPinChecksSentencesShownAsTheyAre() {
        SignInController signIn = controller();
        signIn.choose(desk.staff("Sam Ortiz"));
        signIn.pinTyped("1111");
        signIn.submit();
        assertThat(now().problem()).isEqualTo("That PIN is not right for Sam Ortiz. Try again; after 4 more wrong "
                + "PINs it locks for 5 minutes.");
        assertThat(now().pinLength()).as("the wrong PIN is not left in the box").isZero();
        for (int i = 0; i < 4; i++) {
            signIn.pinTyped("1111");
            signIn.submit();
        }
        assertThat(now().problem()).startsWith("Sam Ortiz's PIN is locked after 5 wrong tries, until ")
                .endsWith(". Wait, or ask the owner.");
        signIn.pinTyped(DemoSeed.DEMO_SAM_PIN);
        signIn.submit();
        assertThat(now().signedIn()).as("locked: even the right PIN waits").isEmpty();
        assertThat(now().problem()).startsWith("Sam Ortiz's PIN is locked");
        assertThat(deskLog()).filteredOn(line -> line.startsWith("PIN")).containsExactly(
                "PIN wrong Sam Ortiz take payments at the desk", "PIN wrong Sam Ortiz take payments at the desk",
                "PIN wrong Sam Ortiz take payments at the desk", "PIN wrong Sam Ortiz take payments at the desk",
                "PIN locked Sam Ortiz 5 wrong PINs in a row");

        signIn.choose(desk.staff("Maya Chen"));
        signIn.pinTyped(DemoSeed.DEMO_MAYA_PIN);
        signIn.submit();
        assertThat(now().header()).as("the lock is Sam's alone").isEqualTo("Signed in: Maya Chen");
    }

    @Test
    void switchingCashierIsTwoTapsThenThePinAndIsLoggedAfterWhoWasIn() {
        SignInController signIn = controller();
        signIn.choose(desk.staff("Riley Brooks"));
        signIn.pinTyped(DemoSeed.DEMO_CASHIER_PIN);
        signIn.submit();

        signIn.switchCashier();                       // tap 1: Switch
        assertThat(now().signedIn()).isEmpty();
        assertThat(signIn.get()).as("nobody acts at the desk while it waits for the next PIN").isNull();
        signIn.choose(desk.staff("Maya Chen"));       // tap 2: the next name
        signIn.pinTyped(DemoSeed.DEMO_MAYA_PIN);      // then the PIN and Enter
        signIn.submit();

        assertThat(now().header()).isEqualTo("Signed in: Maya Chen");
        assertThat(deskLog()).endsWith("sign in signed in Riley Brooks", "switch signed in Maya Chen after Riley Brooks");
    }

    @Test
    void signingOutByHandShowsTheNamesAgainAndIsLogged() {
        SignInController signIn = controller();
        signIn.choose(desk.staff("Riley Brooks"));
        signIn.pinTyped(DemoSeed.DEMO_CASHIER_PIN);
        signIn.submit();
        signIn.signOut();
        assertThat(now().signedIn()).isEmpty();
        assertThat(now().chosen()).isEmpty();
        assertThat(deskLog()).endsWith("sign out by hand Riley Brooks");
    }

    @Test
    void tenUntouchedMinutesSignOutAndATouchStartsTheMinutesAgain() {
        SignInController signIn = controller();
        signIn.choose(desk.staff("Riley Brooks"));
        signIn.pinTyped(DemoSeed.DEMO_CASHIER_PIN);
        signIn.submit();

        clock.pass(Duration.ofMinutes(9));
        signIn.touched();
        clock.pass(Duration.ofMinutes(9).plusSeconds(59));
        signIn.idleCheck();
        assertThat(now().signedIn()).as("touched nine minutes ago and then some").isPresent();
        clock.pass(Duration.ofSeconds(1));
        signIn.idleCheck();
        assertThat(now().signedIn()).isEmpty();
        assertThat(deskLog()).endsWith("sign out idle Riley Brooks");
    }

    @Test
    void theIdleMinutesComeFromTheSettingReadAtStart() {
        desk.stores.settings().put(DeskSignIn.SIGN_OUT_MINUTES, "3");
        SignInController signIn = controller();
        signIn.choose(desk.staff("Riley Brooks"));
        signIn.pinTyped(DemoSeed.DEMO_CASHIER_PIN);
        signIn.submit();
        clock.pass(Duration.ofMinutes(3));
        signIn.idleCheck();
        assertThat(now().signedIn()).isEmpty();

        desk.stores.settings().put(DeskSignIn.SIGN_OUT_MINUTES, "soon");
        assertThat(desk.services.signIn().signOutAfter()).as("a setting that is no number of minutes")
                .isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void nobodySignedInMeansTheCheckoutRecordsNothing() {
        desk.signIn.signOut();
        desk.chooseNewVisit("Nell Nobody");
        desk.checkout.cashTyped("100");
        desk.checkout.finishSale("");
        assertThat(desk.view.now().problem()).isEqualTo("Sign in first.");
        assertThat(desk.sales()).as("only the fixture's own sale").isEqualTo(1);
        assertThat(Optional.ofNullable(desk.signIn.get())).isEmpty();
    }
}
