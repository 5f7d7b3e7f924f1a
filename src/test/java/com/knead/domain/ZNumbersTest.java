package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZNumbersTest {

    private static final LocalDate NOV_2 = LocalDate.of(2026, 11, 2);

    private static ZNumbers.Closed z(long number, int daysAfterNov2) {
        return new ZNumbers.Closed(number, NOV_2.plusDays(daysAfterNov2));
    }

    @Test
    void gapFreeNumbersOnLaterDaysAreFine() {
        assertThat(ZNumbers.problems(List.of())).isEmpty();
        assertThat(ZNumbers.problems(List.of(z(1, 0), z(2, 1), z(3, 5)))).isEmpty();
    }

    @Test
    void aMissingNumberIsNamedWithTheZsAroundIt() {
        assertThat(ZNumbers.problems(List.of(z(1, 0), z(3, 2))))
                .containsExactly("Z 000002 is missing: Z 000001 (2026-11-02) is followed by Z 000003 (2026-11-04).");
        assertThat(ZNumbers.problems(List.of(z(1, 0), z(5, 2))))
                .containsExactly("Z 000002 to Z 000004 are missing: Z 000001 (2026-11-02) is followed by Z 000005 (2026-11-04).");
        assertThat(ZNumbers.problems(List.of(z(2, 0), z(3, 1))))
                .containsExactly("Z 000001 is missing: the first Z is Z 000002 (2026-11-02).");
    }

    @Test
    void aRepeatedNumberAndNumbersAgainstTheDaysAreNamed() {
        assertThat(ZNumbers.problems(List.of(z(1, 0), z(1, 1))))
                .containsExactly("Z 000001 (2026-11-03) repeats a number already used by Z 000001 (2026-11-02).");
        assertThat(ZNumbers.problems(List.of(z(0, 0))))
                .containsExactly("Z 000000 (2026-11-02) has a number below 1: Z numbers start at 1.");
        assertThat(ZNumbers.problems(List.of(z(1, 3), z(2, 1))))
                .containsExactly("Z 000002 (2026-11-03) closes a day that is not after Z 000001 (2026-11-05)'s: the numbers run against the days.");
        assertThat(ZNumbers.problems(List.of(z(1, 3), z(2, 3))))
                .containsExactly("Z 000002 (2026-11-05) closes a day that is not after Z 000001 (2026-11-05)'s: the numbers run against the days.");
    }

    @Test
    void onlyTheFirstProblemOfARunIsCountedOnce() {
        assertThat(ZNumbers.problems(List.of(z(1, 0), z(3, 1), z(4, 2)))).hasSize(1);
    }
}
