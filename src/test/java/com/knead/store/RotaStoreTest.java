package com.knead.store;

import static com.knead.store.TestClinic.AFTERNOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knead.domain.Refused;
import com.knead.domain.Rota;
import com.knead.domain.StaffMember;
import com.knead.domain.StaffRole;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The desk's marks of who is in, on a real H2 folder: appended, the latest of the day counting. */
class RotaStoreTest extends WithOpenStores {

    private StaffMember therapist(String name) {
        return stores.staff().active().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theLatestMarkOfTheDayCountsAndTheNextDayStartsWithEveryoneIn() {
        LocalDate today = stores.clinic().businessDay(AFTERNOON);
        StaffMember maya = therapist("Maya Chen");
        StaffMember sam = therapist("Sam Ortiz");
        assertThat(stores.rota().rota(today).onShift()).containsExactly(maya, sam);

        Rota afterSamLeft = stores.rota().mark(sam, false, AFTERNOON);
        assertThat(afterSamLeft.onShift()).containsExactly(maya);
        stores.rota().mark(sam, true, AFTERNOON.plusSeconds(60));
        stores.rota().mark(maya, false, AFTERNOON.plusSeconds(120));
        assertThat(stores.rota().rota(today).onShift()).containsExactly(sam);

        closeStores();
        reopenStores();
        assertThat(stores.rota().rota(today).onShift()).as("kept across a restart").containsExactly(sam);
        assertThat(stores.rota().rota(stores.clinic().businessDay(AFTERNOON.plus(Duration.ofDays(1)))).onShift())
                .hasSize(2);
    }

    @Test
    void onlyTherapistsCanBeMarked() {
        StaffMember owner = stores.staff().active().stream().filter(m -> m.role() == StaffRole.OWNER).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> stores.rota().mark(owner, false, AFTERNOON)).isInstanceOf(Refused.class)
                .hasMessage("Olivia Park is not a therapist, so is not on the rota.");
    }
}
