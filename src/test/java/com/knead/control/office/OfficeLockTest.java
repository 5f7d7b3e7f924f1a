package com.knead.control.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.knead.control.ImmediateTasks;
import com.knead.domain.Approval;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import com.knead.store.AuditStore;
import com.knead.store.DemoSeed;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The office's lock without its window: PINs through the PIN check, idle and closing lock it, all logged. */
class OfficeLockTest extends OfficeFixture {

    private final Shown<OfficeLock.State> view = new Shown<>();
    private OfficeLock lock;

    @BeforeEach
    void lock() {
        lock = new OfficeLock(office.door(), new ImmediateTasks(), clock, view::show);
        lock.load();
    }

    private AuditStore.Entry newest() {
        return stores.audit().latest(1).get(0);
    }

    @Test
    void wrongPinsAreToldCountedAndLockThePersonAndTheRightOneOpensForThem() {
        assertThat(view.last().open()).isFalse();
        assertThat(view.last().whoMayOpen()).extracting(StaffMember::name).containsExactly("Olivia Park");
        lock.unlock(owner(), "1111");
        assertThat(view.last().problem()).isEqualTo(
                "That PIN is not right for Olivia Park. Try again; after 4 more wrong PINs it locks for 5 minutes.");
        for (int i = 0; i < 4; i++) {
            lock.unlock(owner(), "1111");
        }
        assertThat(view.last().problem()).startsWith("Olivia Park's PIN is locked after 5 wrong tries, until ")
                .endsWith(". Wait, or ask the owner.");
        assertThat(newest().outcome()).isEqualTo("locked");
        lock.unlock(owner(), DemoSeed.DEMO_OWNER_PIN);
        assertThat(view.last().open()).as("locked: even the right PIN waits").isFalse();
        // A moment past the five minutes: H2 rounds the lock's end to the microsecond, perhaps upwards.
        clock.pass(Duration.ofMinutes(5).plusMillis(1));
        lock.unlock(owner(), DemoSeed.DEMO_OWNER_PIN);
        assertThat(view.last().problem()).isEmpty();
        assertThat(view.last().open()).isTrue();
        assertThat(lock.openFor()).map(Approval::staffName).hasValue("Olivia Park");
        assertThat(newest().action()).isEqualTo("office unlocked");
        assertThat(newest().staff()).hasValue(owner().id());
    }

    @Test
    void itLocksAfterFiveMinutesUnusedButNotWhileUsed() {
        assertThat(lock.idle()).isEqualTo(Duration.ofMinutes(5));
        lock.unlock(owner(), DemoSeed.DEMO_OWNER_PIN);
        clock.pass(Duration.ofMinutes(4));
        lock.tick();
        lock.touched();
        clock.pass(Duration.ofMinutes(4));
        lock.tick();
        assertThat(view.last().open()).as("used a minute ago").isTrue();
        clock.pass(Duration.ofMinutes(1));
        lock.tick();
        assertThat(view.last().open()).isFalse();
        assertThat(view.last().notice()).isEqualTo("The office locked itself after 5 minutes unused.");
        assertThat(lock.openFor()).isEmpty();
        assertThat(newest()).satisfies(e -> {
            assertThat(e.action()).isEqualTo("office locked");
            assertThat(e.detail()).isEqualTo("5 minutes unused");
            assertThat(e.staff()).hasValue(owner().id());
        });
    }

    @Test
    void closingTheWindowOrPressingLockLocksItAndIsLoggedOnce() {
        lock.unlock(owner(), DemoSeed.DEMO_OWNER_PIN);
        lock.lock("window closed");
        assertThat(view.last().open()).isFalse();
        assertThat(newest().detail()).isEqualTo("window closed");
        int entries = stores.audit().latest(100).size();
        lock.lock("window closed");
        lock.tick();
        assertThat(stores.audit().latest(100)).as("already locked: nothing more").hasSize(entries);
        lock.unlock(owner(), DemoSeed.DEMO_OWNER_PIN);
        lock.idleAfter(Duration.ofSeconds(1));
        clock.pass(Duration.ofSeconds(1));
        lock.tick();
        assertThat(view.last().notice()).isEqualTo("The office locked itself after 1 second unused.");
    }

    @Test
    void aManagerWithAPinMayOpenItToo() {
        Approval olivia = office.door().unlock(owner(), DemoSeed.DEMO_OWNER_PIN);
        office.staff().add(olivia, "Jordan Lee", StaffRole.MANAGER, Optional.of("5829"));
        office.staff().add(olivia, "Kim Doe", StaffRole.CASHIER, Optional.of("3691"));
        lock.load();
        assertThat(view.last().whoMayOpen()).extracting(StaffMember::name).containsExactly("Jordan Lee", "Olivia Park");
        lock.unlock(view.last().whoMayOpen().get(0), "5829");
        assertThat(lock.openFor()).map(Approval::staffName).hasValue("Jordan Lee");
    }
}
