package com.knead.store;

import java.util.List;

/**
 * The kinds of record that travel to the central database, one entry each: the outbox tag, the
 * table and the columns sent, and the part tables sent with it (their rows by {@code ownerColumn}).
 * The chained kinds travel with exactly the columns the chain hashes; clients, visits, intakes and
 * clearances are not chained. A kind added here needs its table in the centre's schema
 * ({@code db/central}) and one {@link Outbox#add} in the transaction that records it.
 */
final class TravellingKinds {

    record Part(String table, String ownerColumn, List<String> columns) {
    }

    record Kind(String tag, String table, List<String> columns, List<Part> parts) {
    }

    /** Contact details: the one kind that changes, last writer winning by version (see {@link Outbox#clientEdited}). */
    static final Kind CLIENT = new Kind("client", "client", List.of("id", "name", "phone", "email", "date_of_birth",
            "version", "version_location", "created_at", "updated_at"), List.of());

    /** An intake without its signature's image (the centre needs the answers and flags, not the drawing). */
    static final Kind INTAKE = new Kind("intake", "intake", List.of("id", "client_id", "version", "red_flags",
            "signed_at", "consent_typed_name", "created_at", "updated_at"),
            List.of(new Part("intake_answer", "intake_id", List.of("id", "question_code", "answer", "created_at",
                            "updated_at")),
                    new Part("intake_pain", "intake_id", List.of("id", "region", "intensity", "created_at",
                            "updated_at"))));

    static final Kind CLEARANCE = new Kind("clearance", "physician_clearance", List.of("id", "visit_id", "kind",
            "physician", "cleared_on", "note", "approved_by", "recorded_by", "created_at", "updated_at"), List.of());

    /**
     * A visit as it is now: it changes (waiting, in session, paid, cancelled) only here, so each push
     * carries its latest state and the centre keeps the last one it was sent.
     */
    static final Kind VISIT = new Kind("visit", "visit", List.of("id", "business_day", "client_id", "modality_id",
            "minutes", "price", "status", "therapist_id", "created_at", "updated_at"), List.of());

    static final List<Kind> ALL = List.of(CLIENT, VISIT, INTAKE, CLEARANCE, chained(ChainedKinds.DRAWER_OPENING),
            chained(ChainedKinds.SALE), chained(ChainedKinds.REFUND), chained(ChainedKinds.DRAWER_MOVEMENT),
            chained(ChainedKinds.Z));

    private TravellingKinds() {
    }

    /** Whether records of this outbox tag go to the centre. */
    static boolean travels(String tag) {
        return ALL.stream().anyMatch(kind -> kind.tag().equals(tag));
    }

    static Kind byTag(String tag) {
        return ALL.stream().filter(kind -> kind.tag().equals(tag)).findFirst()
                .orElseThrow(() -> new StoreFailure("The outbox holds a kind Knead does not know: " + tag, null));
    }

    private static Kind chained(ChainedKinds.Kind kind) {
        return new Kind(kind.tag(), kind.table(), kind.columns(), kind.parts().stream()
                .map(part -> new Part(part.table(), part.ownerColumn(), part.columns())).toList());
    }
}
