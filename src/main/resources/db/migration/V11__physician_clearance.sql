-- A physician's clearance for a visit whose intake raised a red flag, as the desk recorded it: who
-- cleared the client and when (CLEARED), that the client has none (NONE), or that a manager or the
-- owner let the session go ahead without one (WAIVED, with who approved and why). Only ever
-- inserted; the latest row of a visit is the one that counts. Text columns leave room for 80 and
-- 200 letters that each take two UTF-16 characters (emoji, some CJK).
CREATE TABLE physician_clearance (
    id          UUID PRIMARY KEY,
    visit_id    UUID NOT NULL REFERENCES visit(id),
    kind        VARCHAR(10) NOT NULL,
    physician   VARCHAR(200) NOT NULL,
    cleared_on  DATE,
    note        VARCHAR(600) NOT NULL,
    approved_by UUID REFERENCES staff(id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX physician_clearance_visit ON physician_clearance(visit_id, created_at);
