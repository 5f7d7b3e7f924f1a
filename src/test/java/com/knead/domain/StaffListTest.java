package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The staff list's rules: one name per person, and always an active owner. */
class StaffListTest {

    private static StaffListing person(String name, StaffRole role, boolean active) {
        return new StaffListing(new StaffMember(Ids.next(), name, role, null), active, PinLockout.CLEAR);
    }

    private final StaffListing olivia = person("Olivia Park", StaffRole.OWNER, true);
    private final StaffListing riley = person("Riley Brooks", StaffRole.CASHIER, true);
    private final StaffListing sam = person("Sam Ortiz", StaffRole.THERAPIST, false);
    private final StaffList list = new StaffList(List.of(olivia, riley, sam));

    @Test
    void aNameIsTidiedAndMustBeTypedAndShortEnough() {
        assertThat(StaffList.tidyName("  Jordan   Lee ")).isEqualTo("Jordan Lee");
        assertThatThrownBy(() -> StaffList.tidyName("   ")).hasMessage("Type the person's name.");
        assertThatThrownBy(() -> StaffList.tidyName(null)).hasMessage("Type the person's name.");
        assertThat(StaffList.tidyName("a".repeat(80))).hasSize(80);
        assertThatThrownBy(() -> StaffList.tidyName("a".repeat(81))).hasMessage("A name is at most 80 characters.");
    }

    @Test
    void aNameBelongsToOnePersonActiveOrNot() {
        list.requireNameFree("Jordan Lee", null);
        list.requireNameFree("Riley Brooks", riley.member().id());
        assertThatThrownBy(() -> list.requireNameFree("riley brooks", null))
                .hasMessage("There is already a Riley Brooks on the staff list; add an initial to tell them apart.");
        assertThatThrownBy(() -> list.requireNameFree("Sam Ortiz", olivia.member().id()))
                .hasMessage("Sam Ortiz is already on the staff list, deactivated; reactivate them instead, "
                        + "or add an initial to tell them apart.");
    }

    @Test
    void theLastActiveOwnerCanBeNeitherDeactivatedNorDemoted() {
        assertThatThrownBy(() -> list.requireAnOwnerAfter(olivia.member().id(), StaffRole.OWNER, false))
                .isInstanceOf(Refused.class).hasMessage("Olivia Park is the clinic's only active owner, so Olivia Park "
                        + "cannot be deactivated; make someone else an owner first.");
        assertThatThrownBy(() -> list.requireAnOwnerAfter(olivia.member().id(), StaffRole.MANAGER, true))
                .hasMessage("Olivia Park is the clinic's only active owner, so Olivia Park stays an owner; make "
                        + "someone else an owner first.");
        list.requireAnOwnerAfter(olivia.member().id(), StaffRole.OWNER, true);
        list.requireAnOwnerAfter(riley.member().id(), StaffRole.CASHIER, false);
        list.requireAnOwnerAfter(sam.member().id(), StaffRole.THERAPIST, true);
        StaffListing second = person("Jordan Lee", StaffRole.OWNER, true);
        StaffList two = new StaffList(List.of(olivia, second));
        two.requireAnOwnerAfter(olivia.member().id(), StaffRole.MANAGER, true);
        two.requireAnOwnerAfter(olivia.member().id(), StaffRole.OWNER, false);
        StaffList inactiveSecond = new StaffList(List.of(olivia, person("Kim Doe", StaffRole.OWNER, false)));
        assertThatThrownBy(() -> inactiveSecond.requireAnOwnerAfter(olivia.member().id(), StaffRole.OWNER, false))
                .as("a deactivated owner does not count").isInstanceOf(Refused.class);
    }

    @Test
    void aListingSaysWhetherAPinIsSetAndWhetherItIsLocked() {
        java.time.Instant noon = java.time.Instant.parse("2026-12-01T12:00:00Z");
        StaffMember withPin = new StaffMember(Ids.next(), "Jordan Lee", StaffRole.MANAGER, PinHash.of("5829"));
        PinLockout locked = new PinLockout(5, java.util.Optional.of(noon.plusSeconds(60)));
        StaffListing jordan = new StaffListing(withPin, true, locked);
        assertThat(jordan.pinSet()).isTrue();
        assertThat(riley.pinSet()).isFalse();
        assertThat(jordan.lockedAt(noon)).isTrue();
        assertThat(jordan.lockedAt(noon.plusSeconds(60))).isFalse();
        assertThat(riley.lockedAt(noon)).isFalse();
        assertThatThrownBy(() -> new StaffListing(null, true, PinLockout.CLEAR)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new StaffListing(withPin, true, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void someoneNotListedIsSaidSo() {
        assertThatThrownBy(() -> list.require(Ids.next())).hasMessage("That person is no longer on the staff list.");
        assertThat(list.find(riley.member().id())).contains(riley);
    }
}
