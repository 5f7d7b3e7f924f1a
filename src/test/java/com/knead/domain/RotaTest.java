package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RotaTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final StaffMember MAYA = new StaffMember(Ids.next(), "Maya Chen", StaffRole.THERAPIST, null);
    private static final StaffMember SAM = new StaffMember(Ids.next(), "Sam Ortiz", StaffRole.THERAPIST, null);

    @Test
    void everyTherapistIsInUntilMarkedOut() {
        Rota rota = new Rota(DAY, List.of(MAYA, SAM), Map.of());
        assertThat(rota.onShift()).containsExactly(MAYA, SAM);
        assertThat(rota.isIn(SAM)).isTrue();
    }

    @Test
    void aTherapistMarkedOutIsNotOnShiftAndOneMarkedInIs() {
        Rota rota = new Rota(DAY, List.of(MAYA, SAM), Map.of(SAM.id(), false, MAYA.id(), true));
        assertThat(rota.onShift()).containsExactly(MAYA);
        assertThat(rota.isIn(SAM)).isFalse();
        assertThat(new Rota(DAY, List.of(MAYA, SAM), Map.of(SAM.id(), false, MAYA.id(), false)).onShift()).isEmpty();
    }

    @Test
    void onlyTherapistsAreOnTheRota() {
        StaffMember owner = new StaffMember(Ids.next(), "Olivia Park", StaffRole.OWNER, null);
        assertThatIllegalArgumentException().isThrownBy(() -> new Rota(DAY, List.of(MAYA, owner), Map.of()));
    }
}
