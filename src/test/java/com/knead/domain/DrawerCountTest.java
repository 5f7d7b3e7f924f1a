package com.knead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The drawer counted at the close: by notes and coins or one total, and what it says against what is expected. */
class DrawerCountTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }

    private static Map<BigDecimal, Integer> pieces(Object... valueThenCount) {
        Map<BigDecimal, Integer> pieces = new LinkedHashMap<>();
        for (int i = 0; i < valueThenCount.length; i += 2) {
            pieces.put(new BigDecimal((String) valueThenCount[i]), (Integer) valueThenCount[i + 1]);
        }
        return pieces;
    }

    @Test
    void notesAndCoinsAddUpLargestFirstAndAreWrittenToBeReadBack() {
        DrawerCount count = DrawerCount.ofPieces(USD, pieces("0.25", 4, "20", 3, "20.00", 1, "1", 0));
        assertThat(count.byPieces()).isTrue();
        assertThat(count.total()).isEqualTo(usd("81.00"));
        assertThat(count.pieces()).containsExactly(Map.entry(new BigDecimal("20"), 4), Map.entry(new BigDecimal("0.25"), 4));
        assertThat(count.written()).isEqualTo("20x4;0.25x4");
        DrawerCount read = DrawerCount.read("20x4;0.25x4", usd("81.00"));
        assertThat(read.total()).isEqualTo(usd("81.00"));
        assertThat(read.written()).isEqualTo("20x4;0.25x4");
        assertThat(read.byPieces()).isTrue();
    }

    @Test
    void oneTotalIsKeptAsTyped() {
        DrawerCount count = DrawerCount.ofTotal(usd("721.00"));
        assertThat(count.byPieces()).isFalse();
        assertThat(count.total()).isEqualTo(usd("721.00"));
        assertThat(count.written()).isEmpty();
        assertThat(count.currency()).isEqualTo(USD);
        assertThat(DrawerCount.read("", usd("5.00")).total()).isEqualTo(usd("5.00"));
        assertThat(DrawerCount.read(null, usd("5.00")).byPieces()).isFalse();
        assertThat(DrawerCount.ofTotal(usd("0.00")).total()).isEqualTo(usd("0.00"));
    }

    @Test
    void badCountsAreRefused() {
        assertThatThrownBy(() -> DrawerCount.ofPieces(USD, pieces("3", 1))).isInstanceOf(Refused.class)
                .hasMessage("USD has no 3 note or coin.");
        assertThatThrownBy(() -> DrawerCount.ofPieces(USD, pieces("20", -1))).isInstanceOf(Refused.class)
                .hasMessage("A count cannot be below zero (20).");
        assertThatThrownBy(() -> DrawerCount.ofTotal(usd("-1.00"))).isInstanceOf(Refused.class)
                .hasMessage("The cash counted cannot be below zero.");
        assertThatThrownBy(() -> new DrawerCount(USD, pieces("20", 1), usd("20.00")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DrawerCount(null, Map.of(), usd("1.00"))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void eachCurrencyHasItsOwnNotesAndCoins() {
        assertThat(DrawerCount.denominations(USD)).first().isEqualTo(new BigDecimal("100"));
        assertThat(DrawerCount.denominations(USD)).last().isEqualTo(new BigDecimal("0.01"));
        assertThat(DrawerCount.denominations(EUR)).hasSize(15).first().isEqualTo(new BigDecimal("500"));
        assertThat(DrawerCount.denominations(Currency.getInstance("JPY"))).as("a total only").isEmpty();
        assertThat(DrawerCount.ofPieces(EUR, pieces("500", 1, "0.01", 2)).total()).isEqualTo(Money.of("500.02", EUR));
    }

    @Test
    void theDrawerSaysOverShortOrExactAndAskWhyWhenItIsNotExact() {
        CountedDrawer exact = CountedDrawer.closing(usd("100.00"), DrawerCount.ofTotal(usd("100.00")), null);
        assertThat(exact.difference()).isEqualTo("exact");
        assertThat(exact.reason()).isEmpty();
        assertThat(exact.overShort()).isEqualTo(usd("0.00"));
        CountedDrawer shortBy = CountedDrawer.closing(usd("100.00"), DrawerCount.ofTotal(usd("95.00")), "  change twice ");
        assertThat(shortBy.difference()).isEqualTo("5.00 short");
        assertThat(shortBy.reason()).isEqualTo("change twice");
        assertThat(shortBy.overShort()).isEqualTo(usd("-5.00"));
        assertThat(shortBy.counted()).isEqualTo(usd("95.00"));
        CountedDrawer over = CountedDrawer.closing(usd("100.00"), DrawerCount.ofTotal(usd("102.50")), "a tip left");
        assertThat(over.difference()).isEqualTo("2.50 over");
        assertThat(over.expected()).isEqualTo(usd("100.00"));
        assertThatThrownBy(() -> CountedDrawer.closing(usd("100.00"), DrawerCount.ofTotal(usd("95.00")), " "))
                .isInstanceOf(Refused.class).hasMessage("The drawer is 5.00 short; say why before closing the day.");
        assertThatThrownBy(() -> new CountedDrawer(usd("1.00"), DrawerCount.ofTotal(Money.of("1.00", EUR)), ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CountedDrawer(null, DrawerCount.ofTotal(usd("1.00")), ""))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new CountedDrawer(usd("1.00"), null, "")).isInstanceOf(NullPointerException.class);
    }
}
