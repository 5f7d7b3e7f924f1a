package com.knead.domain;

import static com.knead.domain.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A tip: never negative, always credited to someone, offered at the desk as 10, 15 or 20 percent. */
class TipTest {

    private static final UUID MAYA = UUID.fromString("00000000-0000-7000-8000-0000000000cc");

    @Test
    void aTipGoesToATherapist() {
        Tip tip = new Tip(usd("5.00"), MAYA, null);
        assertThat(tip.therapistName()).isEmpty();
        assertThat(new Tip(usd("5.00"), MAYA, "Maya Chen").therapistName()).isEqualTo("Maya Chen");
        assertThat(new Tip(usd("0.00"), null, null).therapistId()).as("no tip needs nobody").isNull();
        assertThatThrownBy(() -> new Tip(usd("5.00"), null, "Maya Chen")).isInstanceOf(Refused.class)
                .hasMessage("Assign a therapist to the visit first, so the tip reaches the right person.");
        assertThatThrownBy(() -> new Tip(usd("-1.00"), MAYA, "Maya Chen")).isInstanceOf(Refused.class)
                .hasMessage("A tip cannot be negative.");
    }

    @Test
    void aPercentageTipIsRoundedAsTheClinicRounds() {
        assertThat(Tip.PRESET_PERCENTS).containsExactly(10, 15, 20);
        assertThat(Tip.percentOf(usd("85.00"), 15, RoundingMode.HALF_UP)).isEqualTo(usd("12.75"));
        assertThat(Tip.percentOf(usd("76.45"), 15, RoundingMode.HALF_UP)).isEqualTo(usd("11.47")); // 11.4675
        assertThat(Tip.percentOf(usd("76.45"), 15, RoundingMode.DOWN)).isEqualTo(usd("11.46"));
    }
}
