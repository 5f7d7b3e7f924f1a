package com.knead.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A completed sale as recorded: never edited afterwards (voids and refunds are records of their own).
 * {@code visitId} is empty for a sale not tied to a visit; {@code therapistId} (who gave the session,
 * and who the tip in {@link SaleTotals#tip()} is credited to), {@code discount} and
 * {@code discountApproval} are empty when there was none. {@code cashierId} and {@code cashierName} name
 * who was signed in at the desk and took the sale; empty on sales made before the desk had sign-in.
 */
public record Sale(UUID id, ReceiptNumber receiptNumber, UUID visitId, LocalDate businessDay, Instant createdAt,
                   String clientName, List<SaleLine> lines, SaleTotals totals, List<Tender> tenders,
                   Money changeDue, UUID therapistId, String therapistName, Discount discount,
                   Approval discountApproval, UUID cashierId, String cashierName) {

    /** A sale nobody signed in took (recorded before the desk had sign-in). */
    public Sale(UUID id, ReceiptNumber receiptNumber, UUID visitId, LocalDate businessDay, Instant createdAt,
                String clientName, List<SaleLine> lines, SaleTotals totals, List<Tender> tenders, Money changeDue,
                UUID therapistId, String therapistName, Discount discount, Approval discountApproval) {
        this(id, receiptNumber, visitId, businessDay, createdAt, clientName, lines, totals, tenders, changeDue,
                therapistId, therapistName, discount, discountApproval, null, "");
    }

    public Sale {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(receiptNumber, "receiptNumber");
        Objects.requireNonNull(businessDay, "businessDay");
        Objects.requireNonNull(createdAt, "createdAt");
        lines = List.copyOf(lines);
        tenders = List.copyOf(tenders);
        clientName = clientName == null ? "" : clientName;
        therapistName = therapistName == null ? "" : therapistName;
        cashierName = cashierName == null ? "" : cashierName;
    }

    /** The same sale counted on another business day: made after its own day was closed, it counts on the next open one. */
    public Sale onDay(LocalDate day) {
        return day.equals(businessDay) ? this : new Sale(id, receiptNumber, visitId, day, createdAt, clientName, lines,
                totals, tenders, changeDue, therapistId, therapistName, discount, discountApproval, cashierId, cashierName);
    }

    /** The first name of who took the sale ("Riley"), as the receipt prints it; empty when unknown. */
    public String cashierFirstName() {
        return StaffMember.firstNameOf(cashierName);
    }

    /** What the clinic actually keeps from a tender kind: cash handed over less the change given back. */
    public Money taken(TenderKind kind) {
        Money sum = Money.zero(totals.total().currency());
        for (Tender tender : tenders) {
            if (tender.kind() == kind) {
                sum = sum.plus(tender.amount());
            }
        }
        return kind == TenderKind.CASH ? sum.minus(changeDue) : sum;
    }
}
