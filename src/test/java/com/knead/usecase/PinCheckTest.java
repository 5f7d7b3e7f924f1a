package com.knead.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.Permission;
import com.knead.domain.Refused;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.store.AuditStore;
import com.knead.store.DemoSeed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every PIN is checked against one person, for one right; five wrong ones lock that person, on real H2. */
class PinCheckTest extends OpenClinic {

    private static final Instant NOON = Instant.parse("2026-12-01T12:00:00Z");

    private PinCheck at(Instant now) {
        return new PinCheck(stores.staff(), stores.audit(), Clock.fixed(now, ZoneOffset.UTC), ZoneId.of("UTC"));
    }

    private StaffMember cashier() {
        return stores.staff().active().stream().filter(m -> m.role() == StaffRole.CASHIER).findFirst().orElseThrow();
    }

    @Test
    void theRightPinOfAPersonWithTheRightIsAnApproval() {
        assertThat(at(NOON).check(owner(), DemoSeed.DEMO_OWNER_PIN, Permission.OPEN_OFFICE, "office").staffId())
                .isEqualTo(owner().id());
    }

    @Test
    void fiveWrongPinsLockThatPersonForFiveMinutesAndAreAudited() {
        for (int i = 1; i <= 4; i++) {
            int left = 5 - i;
            assertThatThrownBy(() -> at(NOON).check(owner(), "1111", Permission.OPEN_OFFICE, "office"))
                    .isInstanceOf(Refused.class).hasMessageStartingWith("That PIN is not right for Olivia Park. Try again;")
                    .hasMessageContaining("after " + left);
        }
        assertThatThrownBy(() -> at(NOON).check(owner(), "1111", Permission.OPEN_OFFICE, "office"))
                .hasMessage("Olivia Park's PIN is locked after 5 wrong tries, until 12:05. Wait, or ask the owner.");
        // Locked: even the right PIN is refused, until the five minutes are over.
        assertThatThrownBy(() -> at(NOON.plusSeconds(299)).check(owner(), DemoSeed.DEMO_OWNER_PIN,
                Permission.OPEN_OFFICE, "office")).hasMessageContaining("is locked");
        assertThat(at(NOON.plus(Duration.ofMinutes(5))).check(owner(), DemoSeed.DEMO_OWNER_PIN,
                Permission.OPEN_OFFICE, "office").staffName()).isEqualTo("Olivia Park");
        List<AuditStore.Entry> log = stores.audit().latest(10);
        assertThat(log).extracting(AuditStore.Entry::outcome).containsExactly("locked", "wrong", "wrong", "wrong", "wrong");
        assertThat(log).allSatisfy(e -> {
            assertThat(e.staff()).hasValue(owner().id());
            assertThat(e.place()).isEqualTo("office");
        });
    }

    @Test
    void aLockIsKeptAcrossARestart() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> at(NOON).check(owner(), "1111", Permission.OPEN_OFFICE, "office"));
        }
        stores.close();
        stores = com.knead.store.DemoFolder.open(folder);
        assertThatThrownBy(() -> at(NOON.plusSeconds(60)).check(owner(), DemoSeed.DEMO_OWNER_PIN,
                Permission.OPEN_OFFICE, "office")).hasMessageContaining("is locked");
    }

    @Test
    void aRightPinStartsTheCountAgain() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> at(NOON).check(owner(), "1111", Permission.OPEN_OFFICE, "office"));
        }
        at(NOON).check(owner(), DemoSeed.DEMO_OWNER_PIN, Permission.OPEN_OFFICE, "office");
        assertThatThrownBy(() -> at(NOON).check(owner(), "1111", Permission.OPEN_OFFICE, "office"))
                .hasMessageContaining("after 4 more wrong PINs");
    }

    @Test
    void withoutTheRightThePinIsNotEvenLookedAtAndTheRefusalIsAudited() {
        StaffMember riley = cashier();
        assertThatThrownBy(() -> at(NOON).check(riley, "anything", Permission.VOID, "desk"))
                .hasMessage(riley.name() + " (cashier) may not void a sale; ask a manager or the owner.");
        assertThat(stores.staff().lockout(riley.id()).wrongInARow()).isZero();
        AuditStore.Entry entry = stores.audit().latest(1).get(0);
        assertThat(entry.outcome()).isEqualTo("no right");
        assertThat(entry.detail()).isEqualTo("void a sale");
    }
}
