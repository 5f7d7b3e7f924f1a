package com.knead.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Money given back on a recorded sale, as a record of its own that points at the sale (which is
 * never changed). A void takes back the whole sale on its business day, every tender reversed; a
 * refund gives back part or all of it later, to the original tender or in cash. Both carry a reason,
 * the manager's or owner's approval and their own receipt number.
 */
public record Refund(UUID id, ReceiptNumber receiptNumber, Kind kind, UUID saleId, ReceiptNumber saleReceipt,
                     LocalDate businessDay, Instant createdAt, String what, List<Tender> paidBack, String reason,
                     Approval approval) {

    /** A void (same day, everything) or a refund (any time, part or whole). */
    public enum Kind {
        VOID("Void"), REFUND("Refund");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Refund {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(receiptNumber, "receiptNumber");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(saleId, "saleId");
        Objects.requireNonNull(saleReceipt, "saleReceipt");
        Objects.requireNonNull(approval, "approval");
        paidBack = List.copyOf(paidBack);
        if (paidBack.isEmpty()) {
            throw new IllegalArgumentException("A refund pays something back.");
        }
    }

    /** What was given back in all. */
    public Money amount() {
        Money sum = Money.zero(paidBack.get(0).amount().currency());
        for (Tender tender : paidBack) {
            sum = sum.plus(tender.amount());
        }
        return sum;
    }

    /** What was given back by one tender kind. */
    public Money paidBack(TenderKind kind) {
        Money sum = Money.zero(paidBack.get(0).amount().currency());
        for (Tender tender : paidBack) {
            if (tender.kind() == kind) {
                sum = sum.plus(tender.amount());
            }
        }
        return sum;
    }
}
