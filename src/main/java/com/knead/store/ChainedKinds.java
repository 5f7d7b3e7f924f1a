package com.knead.store;

import com.knead.domain.CashDrawer;
import com.knead.domain.Refund;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The kinds of record the tamper-evidence chain covers, one entry each: the kind tag, the table and
 * the columns hashed in order ({@link com.knead.domain.ChainForm}), the part tables hashed with it
 * (ordered by {@code line_no}), how a record is named to the owner, and for a Z the column holding
 * the chain head it recorded. Adding a kind is one entry here and one {@link Chain#append} in the
 * transaction that records it. The column lists are fixed: a column added later is hashed only by a
 * new entry, never by changing one (that would break every existing link). Since schema 29 a kind also
 * has its later columns, hashed after the first ones by links of form 2 ({@link ChainForm#CURRENT}) and
 * never by the links of form 1 made before: a sale's tax rate, a Z's receipt mark.
 */
final class ChainedKinds {

    /** A table hashed with its owner's record: each of its rows, by {@code ownerColumn}, in {@code line_no} order. */
    record Part(String name, String table, String ownerColumn, List<String> columns) {
    }

    /**
     * One chained kind. {@code label} names a record from its hashed values; {@code anchorColumn} is
     * null, or (for a Z) the column holding the chain head the record closed on.
     */
    record Kind(String tag, String table, List<String> columns, List<Part> parts,
                Function<Map<String, Object>, String> label, String anchorColumn, List<String> later) {

        /** A kind with no later columns. */
        Kind(String tag, String table, List<String> columns, List<Part> parts,
             Function<Map<String, Object>, String> label, String anchorColumn) {
            this(tag, table, columns, parts, label, anchorColumn, List.of());
        }

        /** The columns a link of {@code form} hashes, in order. */
        List<String> columns(int form) {
            if (form < 2 || later.isEmpty()) {
                return columns;
            }
            List<String> all = new java.util.ArrayList<>(columns);
            all.addAll(later);
            return all;
        }
    }

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    static final Kind SALE = new Kind("sale", "sale",
            List.of("id", "receipt_number", "visit_id", "business_day", "client_name", "currency", "subtotal",
                    "discount", "net", "tax", "total", "tip", "change_due", "discount_kind", "discount_value",
                    "discount_reason", "discount_approved_by", "therapist_id", "cashier_id", "created_at", "updated_at"),
            List.of(new Part("line", "sale_line", "sale_id", List.of("id", "line_no", "kind", "code", "description",
                            "modality_id", "minutes", "unit_price", "quantity", "credits", "created_at", "updated_at")),
                    new Part("tender", "tender", "sale_id", List.of("id", "line_no", "kind", "amount", "reference",
                            "created_at", "updated_at"))),
            row -> receipt(row) + " (sale of " + row.get("business_day") + ")", null, List.of("tax_rate"));

    static final Kind REFUND = new Kind("refund", "refund",
            List.of("id", "receipt_number", "kind", "sale_id", "business_day", "what", "reason", "approved_by",
                    "staff_id", "created_at", "updated_at"),
            List.of(new Part("given back", "refund_tender", "refund_id", List.of("id", "line_no", "kind", "amount",
                    "reference", "created_at", "updated_at"))),
            row -> receipt(row) + " (" + label(row.get("kind"), Refund.Kind.values(), Refund.Kind::label) + " of " + row.get("business_day")
                    + ")", null);

    static final Kind DRAWER_OPENING = new Kind("drawer-opening", "drawer_session",
            List.of("id", "business_day", "opening_float", "staff_id", "created_at", "updated_at"), List.of(),
            row -> "The drawer opening of " + row.get("business_day") + " (float " + amount(row.get("opening_float"))
                    + ")", null);

    static final Kind DRAWER_MOVEMENT = new Kind("drawer-movement", "drawer_movement",
            List.of("id", "session_id", "kind", "amount", "reason", "staff_id", "created_at", "updated_at"), List.of(),
            row -> "The drawer " + label(row.get("kind"), CashDrawer.Kind.values(),
                    CashDrawer.Kind::label) + " of " + amount(row.get("amount"))
                    + " at " + MINUTE.format((Instant) row.get("created_at")), null);

    /** A day's Z; it closes on the chain's head at that moment, which verify checks against the link before it. */
    static final Kind Z = new Kind("z", "z_report",
            List.of("id", "z_number", "business_day", "expected", "counted", "over_short", "counted_pieces", "reason",
                    "sales_total", "refunded", "net_taken", "grand_total", "visits", "new_clients", "returning_clients",
                    "closed_by", "closed_at", "chain_head", "created_at", "updated_at"), List.of(),
            row -> "Z " + String.format("%06d", ((Number) row.get("z_number")).longValue()) + " (the close of "
                    + row.get("business_day") + ")", "chain_head", List.of("last_receipt"));

    /** A therapist's signed session note or addendum: recorded once, never changed. */
    static final Kind SESSION_NOTE = new Kind("session-note", "session_note",
            List.of("id", "client_id", "visit_id", "addendum_to", "areas", "modalities", "pressure", "response",
                    "advice", "rebook_weeks", "free_text", "signed_by", "signed_at", "created_at", "updated_at"), List.of(),
            row -> (row.get("addendum_to") == null ? "The session note" : "The addendum") + " signed "
                    + MINUTE.format((Instant) row.get("signed_at")), null);

    /** A gift card loaded by a sale, drawn down by a tender, or credited back by a void or refund (since schema 29). */
    static final Kind GIFT_CARD_MOVEMENT = new Kind("gift-card-movement", "gift_card_movement",
            List.of("id", "gift_card_id", "sale_id", "refund_id", "amount", "created_at", "updated_at"), List.of(),
            row -> "The gift card movement of " + amount(row.get("amount")) + " at "
                    + MINUTE.format((Instant) row.get("created_at")), null);

    /** A package's visits sold, used by a tender, or given back by a void or refund (since schema 29). */
    static final Kind PACKAGE_MOVEMENT = new Kind("package-movement", "package_movement",
            List.of("id", "package_id", "sale_id", "refund_id", "visits", "created_at", "updated_at"), List.of(),
            row -> "The package movement of " + row.get("visits") + " visit(s) at "
                    + MINUTE.format((Instant) row.get("created_at")), null);

    /** Every chained kind, in the order records of one instant are linked when existing rows are chained. */
    static final List<Kind> ALL = List.of(DRAWER_OPENING, SALE, REFUND, DRAWER_MOVEMENT, Z, SESSION_NOTE,
            GIFT_CARD_MOVEMENT, PACKAGE_MOVEMENT);

    /**
     * The kinds chained since schema 29 (the prepaid movements): an upgraded clinic's rows of them, recorded
     * before, are linked once at its first start on 29, after its chain so far.
     */
    static final List<Kind> SINCE_29 = List.of(GIFT_CARD_MOVEMENT, PACKAGE_MOVEMENT);

    private ChainedKinds() {
    }

    static Kind byTag(String tag) {
        return ALL.stream().filter(kind -> kind.tag().equals(tag)).findFirst().orElse(null);
    }

    private static String receipt(Map<String, Object> row) {
        return "Receipt " + String.format("%06d", ((Number) row.get("receipt_number")).longValue());
    }

    /** "void", "pay-out"…: the kind's own word, or the stored text when someone wrote one Knead has not. */
    private static <E extends Enum<E>> String label(Object stored, E[] kinds, Function<E, String> word) {
        for (E kind : kinds) {
            if (kind.name().equals(stored)) {
                return word.apply(kind).toLowerCase();
            }
        }
        return String.valueOf(stored);
    }

    private static String amount(Object value) {
        BigDecimal amount = (BigDecimal) value;
        BigDecimal cents = amount.setScale(2, RoundingMode.DOWN);
        return (cents.compareTo(amount) == 0 ? cents : amount).toPlainString();
    }
}
