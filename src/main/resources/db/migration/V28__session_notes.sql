-- The therapist's session notes, signed with their PIN. A note is inserted only once signed and is
-- never changed: there is no update in the store, and the tamper-evidence chain (kind "session-note")
-- links each note as it is recorded, so a direct edit is named by verify. An addendum is a note of its
-- own whose addendum_to names the note it adds to. areas: body region codes joined by ","; modalities:
-- the modality names joined by "|"; pressure: a domain Pressure name; rebook_weeks: the plan, or NULL.
CREATE TABLE session_note (
    id           UUID PRIMARY KEY,
    client_id    UUID NOT NULL REFERENCES client(id),
    visit_id     UUID REFERENCES visit(id),
    addendum_to  UUID REFERENCES session_note(id),
    areas        VARCHAR(400)  NOT NULL,
    modalities   VARCHAR(400)  NOT NULL,
    pressure     VARCHAR(20)   NOT NULL,
    response     VARCHAR(1200) NOT NULL,
    advice       VARCHAR(1200) NOT NULL,
    rebook_weeks INT CHECK (rebook_weeks BETWEEN 1 AND 52),
    free_text    VARCHAR(4000) NOT NULL,
    signed_by    UUID NOT NULL REFERENCES staff(id),
    signed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX session_note_client ON session_note(client_id, signed_at);
CREATE INDEX session_note_addendum ON session_note(addendum_to);

-- A client's contact details as they were before a change (the kiosk updates a returning client's
-- row in place): one row per change, only ever inserted, so the client record shows the history.
CREATE TABLE client_contact_change (
    id            UUID PRIMARY KEY,
    client_id     UUID NOT NULL REFERENCES client(id),
    name          VARCHAR(200) NOT NULL,
    phone         VARCHAR(20)  NOT NULL,
    email         VARCHAR(254),
    date_of_birth DATE,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX client_contact_change_client ON client_contact_change(client_id, changed_at);

-- Two client records of the same person (a walk-in typed at the desk, then a kiosk check-in) merged
-- by a manager: nothing is moved or deleted; the merged record's visits, sales, intakes and notes
-- are read with the kept one's while the latest row of the pair is a MERGE, and an UNDO row (never
-- an update) separates them again.
CREATE TABLE client_merge (
    id         UUID PRIMARY KEY,
    kept_id    UUID NOT NULL REFERENCES client(id),
    merged_id  UUID NOT NULL REFERENCES client(id),
    kind       VARCHAR(10)  NOT NULL CHECK (kind IN ('MERGE', 'UNDO')),
    staff_id   UUID NOT NULL REFERENCES staff(id),
    reason     VARCHAR(400) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX client_merge_kept ON client_merge(kept_id, created_at);
CREATE INDEX client_merge_merged ON client_merge(merged_id, created_at);
