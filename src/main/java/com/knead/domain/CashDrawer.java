package com.knead.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One session of the cash drawer: opened with a float, then cash moves in and out with the day's
 * sales and refunds, and by hand (pay-in, pay-out, each with a reason). Opening the drawer without a
 * sale ("no sale") is logged too. What should be in the drawer is worked out from all of it.
 */
public record CashDrawer(UUID id, LocalDate businessDay, Instant openedAt, Money openingFloat, List<Movement> movements) {

    /** A movement made by hand at the drawer. */
    public enum Kind {
        PAY_IN("Pay-in"), PAY_OUT("Pay-out"), NO_SALE("No sale");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Cash put in or taken out by hand (zero for a "no sale" opening), always with a reason. */
    public record Movement(Kind kind, Money amount, String reason, Instant at) {
        public Movement {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(amount, "amount");
            reason = reason == null ? "" : reason.strip();
            if (reason.isEmpty()) {
                throw new Refused(kind == Kind.NO_SALE ? "Say why the drawer is opened without a sale."
                        : "Say what the " + kind.label().toLowerCase() + " is for.");
            }
            if (kind == Kind.NO_SALE ? !amount.isZero() : !amount.isPositive()) {
                throw new Refused(kind == Kind.NO_SALE ? "A \"no sale\" moves no money."
                        : "A " + kind.label().toLowerCase() + " must be more than zero.");
            }
        }
    }

    public CashDrawer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(openingFloat, "openingFloat");
        if (openingFloat.isNegative()) {
            throw new Refused("The opening float cannot be negative.");
        }
        movements = List.copyOf(movements);
    }

    /**
     * What should be in the drawer, from its day's sales and refunds (voids too): the cash kept from
     * those made since it opened, less the cash given back since then.
     */
    public Money expected(List<Sale> daySales, List<Refund> dayRefunds) {
        return expected(cashKept(daySales), cashGivenBack(dayRefunds));
    }

    /** The cash kept (handed over less change) from those of the day's sales made since the drawer opened. */
    public Money cashKept(List<Sale> daySales) {
        Money sum = Money.zero(openingFloat.currency());
        for (Sale sale : daySales) {
            if (!sale.createdAt().isBefore(openedAt)) {
                sum = sum.plus(sale.taken(TenderKind.CASH));
            }
        }
        return sum;
    }

    /** The cash given back by those of the day's voids and refunds made since the drawer opened. */
    public Money cashGivenBack(List<Refund> dayRefunds) {
        Money sum = Money.zero(openingFloat.currency());
        for (Refund refund : dayRefunds) {
            if (!refund.createdAt().isBefore(openedAt)) {
                sum = sum.plus(refund.paidBack(TenderKind.CASH));
            }
        }
        return sum;
    }

    /** What should be in the drawer, given the cash kept from sales and given back by refunds since it opened. */
    public Money expected(Money cashFromSales, Money cashRefunded) {
        Money sum = openingFloat.plus(cashFromSales).minus(cashRefunded);
        for (Movement movement : movements) {
            sum = switch (movement.kind()) {
                case PAY_IN -> sum.plus(movement.amount());
                case PAY_OUT -> sum.minus(movement.amount());
                case NO_SALE -> sum;
            };
        }
        return sum;
    }

    /** The cash put in by hand. */
    public Money paidIn() {
        return moved(Kind.PAY_IN);
    }

    /** The cash taken out by hand. */
    public Money paidOut() {
        return moved(Kind.PAY_OUT);
    }

    /** How often the drawer was opened without a sale. */
    public long noSaleOpenings() {
        return movements.stream().filter(m -> m.kind() == Kind.NO_SALE).count();
    }

    private Money moved(Kind kind) {
        Money sum = Money.zero(openingFloat.currency());
        for (Movement movement : movements) {
            if (movement.kind() == kind) {
                sum = sum.plus(movement.amount());
            }
        }
        return sum;
    }

    /** Checks a pay-out against what should be in the drawer. */
    public void requireCashFor(Movement movement, Money expectedNow) {
        if (movement.kind() == Kind.PAY_OUT && movement.amount().compareTo(expectedNow) > 0) {
            throw new Refused("Only " + expectedNow.plain() + " should be in the drawer; a pay-out of "
                    + movement.amount().plain() + " is more than that.");
        }
    }
}
