package com.knead.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The Z of a business day: its closing, numbered in sequence (never reused, no gaps), with the
 * drawer as counted, who closed it and when, the day's key figures as they were at the close, and
 * the perpetual grand total. The visits and clients are kept as counted at the close: a visit is
 * checked in (or cancelled) on its own day even after that day was closed, and the Z does not change. {@code chainHead} is the tamper-evidence chain's head at the close
 * (null until the chain records it).
 */
public record ZReport(UUID id, long number, LocalDate day, CountedDrawer drawer, Approval closedBy, Instant closedAt,
                      Money salesTotal, Money refunded, Money netTaken, Money grandTotal, int visits, int newClients,
                      int returningClients, String chainHead) {

    public ZReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(drawer, "drawer");
        Objects.requireNonNull(closedBy, "closedBy");
        Objects.requireNonNull(closedAt, "closedAt");
        if (number < 1) {
            throw new IllegalArgumentException("a Z number starts at 1: " + number);
        }
    }

    /** The same Z, closing on the tamper-evidence chain's head {@code head}. */
    public ZReport closingOn(String head) {
        return new ZReport(id, number, day, drawer, closedBy, closedAt, salesTotal, refunded, netTaken, grandTotal, visits,
                newClients, returningClients, head);
    }

    /** The Z's number as printed: "Z 000004". */
    public String label() {
        return ZNumbers.name(number);
    }
}
