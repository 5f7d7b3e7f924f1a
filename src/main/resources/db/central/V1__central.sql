-- Knead's central database (PostgreSQL), made and migrated by `knead central init`. Every record
-- keeps the UUIDv7 key it was born with at its location, and that key is the primary key here: a
-- record pushed twice (a retry after a timeout, a batch replayed after a crash) is one row. Each row
-- also keeps the location it was born at, and received_at, when the centre first took it.

CREATE TABLE location (
    id             UUID PRIMARY KEY,
    name           TEXT NOT NULL,
    pushed_through BIGINT NOT NULL,
    last_push_at   TIMESTAMPTZ NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);

-- One sequence for everything the centre hands out (prices, clients): installations pull what
-- changed after the last number they saw. Writers of pulled tables take an advisory lock first
-- (see CentralStore), so numbers become visible in order.
CREATE SEQUENCE change_seq;

CREATE TABLE client (
    id               UUID PRIMARY KEY,
    location_id      UUID NOT NULL,
    name             TEXT NOT NULL,
    phone            TEXT NOT NULL,
    email            TEXT,
    date_of_birth    DATE,
    version          BIGINT NOT NULL,
    version_location UUID,
    change_seq       BIGINT NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    received_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX client_change ON client(change_seq);
CREATE INDEX client_phone ON client(phone);

CREATE TABLE intake (
    id                 UUID PRIMARY KEY,
    location_id        UUID NOT NULL,
    client_id          UUID NOT NULL,
    version            INT NOT NULL,
    red_flags          TEXT NOT NULL,
    signed_at          TIMESTAMPTZ NOT NULL,
    consent_typed_name TEXT NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL,
    received_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX intake_client ON intake(client_id);

CREATE TABLE intake_answer (
    id            UUID PRIMARY KEY,
    location_id   UUID NOT NULL,
    intake_id     UUID NOT NULL,
    question_code TEXT NOT NULL,
    answer        TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    received_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX intake_answer_intake ON intake_answer(intake_id);

CREATE TABLE intake_pain (
    id          UUID PRIMARY KEY,
    location_id UUID NOT NULL,
    intake_id   UUID NOT NULL,
    region      TEXT NOT NULL,
    intensity   INT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX intake_pain_intake ON intake_pain(intake_id);

CREATE TABLE physician_clearance (
    id          UUID PRIMARY KEY,
    location_id UUID NOT NULL,
    visit_id    UUID NOT NULL,
    kind        TEXT NOT NULL,
    physician   TEXT NOT NULL,
    cleared_on  DATE,
    note        TEXT NOT NULL,
    approved_by UUID,
    recorded_by UUID,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX physician_clearance_visit ON physician_clearance(visit_id);

CREATE TABLE drawer_session (
    id            UUID PRIMARY KEY,
    location_id   UUID NOT NULL,
    business_day  DATE NOT NULL,
    opening_float NUMERIC(15,4) NOT NULL,
    staff_id      UUID,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    received_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX drawer_session_day ON drawer_session(business_day, location_id);

CREATE TABLE drawer_movement (
    id          UUID PRIMARY KEY,
    location_id UUID NOT NULL,
    session_id  UUID NOT NULL,
    kind        TEXT NOT NULL,
    amount      NUMERIC(15,4) NOT NULL,
    reason      TEXT NOT NULL,
    staff_id    UUID,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX drawer_movement_session ON drawer_movement(session_id);

CREATE TABLE sale (
    id                   UUID PRIMARY KEY,
    location_id          UUID NOT NULL,
    receipt_number       BIGINT NOT NULL,
    visit_id             UUID,
    business_day         DATE NOT NULL,
    client_name          TEXT NOT NULL,
    currency             CHAR(3) NOT NULL,
    subtotal             NUMERIC(15,4) NOT NULL,
    discount             NUMERIC(15,4) NOT NULL,
    net                  NUMERIC(15,4) NOT NULL,
    tax                  NUMERIC(15,4) NOT NULL,
    total                NUMERIC(15,4) NOT NULL,
    tip                  NUMERIC(15,4) NOT NULL,
    change_due           NUMERIC(15,4) NOT NULL,
    discount_kind        TEXT,
    discount_value       NUMERIC(15,4),
    discount_reason      TEXT,
    discount_approved_by UUID,
    therapist_id         UUID,
    cashier_id           UUID,
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    received_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT sale_receipt_per_location UNIQUE (location_id, receipt_number)
);
-- Reports across locations: by day for all of them, by location and day for one.
CREATE INDEX sale_day ON sale(business_day);
CREATE INDEX sale_location_day ON sale(location_id, business_day);

CREATE TABLE sale_line (
    id          UUID PRIMARY KEY,
    location_id UUID NOT NULL,
    sale_id     UUID NOT NULL REFERENCES sale(id),
    line_no     INT NOT NULL,
    kind        TEXT NOT NULL,
    code        TEXT NOT NULL,
    description TEXT NOT NULL,
    modality_id UUID,
    minutes     INT NOT NULL,
    unit_price  NUMERIC(15,4) NOT NULL,
    quantity    INT NOT NULL,
    credits     INT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX sale_line_sale ON sale_line(sale_id);

CREATE TABLE tender (
    id          UUID PRIMARY KEY,
    location_id UUID NOT NULL,
    sale_id     UUID NOT NULL REFERENCES sale(id),
    line_no     INT NOT NULL,
    kind        TEXT NOT NULL,
    amount      NUMERIC(15,4) NOT NULL,
    reference   TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX tender_sale ON tender(sale_id);

CREATE TABLE refund (
    id             UUID PRIMARY KEY,
    location_id    UUID NOT NULL,
    receipt_number BIGINT NOT NULL,
    kind           TEXT NOT NULL,
    sale_id        UUID NOT NULL,
    business_day   DATE NOT NULL,
    what           TEXT NOT NULL,
    reason         TEXT NOT NULL,
    approved_by    UUID NOT NULL,
    staff_id       UUID,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    received_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX refund_day ON refund(business_day);
CREATE INDEX refund_location_day ON refund(location_id, business_day);
CREATE INDEX refund_sale ON refund(sale_id);

CREATE TABLE refund_tender (
    id          UUID PRIMARY KEY,
    location_id UUID NOT NULL,
    refund_id   UUID NOT NULL REFERENCES refund(id),
    line_no     INT NOT NULL,
    kind        TEXT NOT NULL,
    amount      NUMERIC(15,4) NOT NULL,
    reference   TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX refund_tender_refund ON refund_tender(refund_id);

CREATE TABLE z_report (
    id                UUID PRIMARY KEY,
    location_id       UUID NOT NULL,
    z_number          BIGINT NOT NULL,
    business_day      DATE NOT NULL,
    expected          NUMERIC(15,4) NOT NULL,
    counted           NUMERIC(15,4) NOT NULL,
    over_short        NUMERIC(15,4) NOT NULL,
    counted_pieces    TEXT NOT NULL,
    reason            TEXT NOT NULL,
    sales_total       NUMERIC(15,4) NOT NULL,
    refunded          NUMERIC(15,4) NOT NULL,
    net_taken         NUMERIC(15,4) NOT NULL,
    grand_total       NUMERIC(15,4) NOT NULL,
    visits            INT NOT NULL,
    new_clients       INT NOT NULL,
    returning_clients INT NOT NULL,
    closed_by         UUID NOT NULL,
    closed_at         TIMESTAMPTZ NOT NULL,
    chain_head        TEXT,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    received_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT z_report_day_per_location UNIQUE (location_id, business_day)
);
CREATE INDEX z_report_day ON z_report(business_day);

-- Days the centre counts as closed for a location (its Z arrived, or the head office closed it).
-- A record of such a day that arrives later is kept like any other and also listed in late_record,
-- for the owner to look at: a closed period is never reopened and nothing is dropped.
CREATE TABLE closed_day (
    location_id  UUID NOT NULL,
    business_day DATE NOT NULL,
    closed_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (location_id, business_day)
);

CREATE TABLE late_record (
    kind         TEXT NOT NULL,
    record_id    UUID NOT NULL,
    location_id  UUID NOT NULL,
    business_day DATE NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (kind, record_id)
);

-- The price list the centre owns: dated prices, named by modality code and minutes or by add-on
-- code (each installation has its own keys for its durations). Only ever inserted.
CREATE TABLE price_change (
    id             UUID PRIMARY KEY,
    change_seq     BIGINT NOT NULL UNIQUE,
    item_kind      TEXT NOT NULL CHECK (item_kind IN ('SERVICE', 'ADD_ON')),
    modality_code  TEXT,
    minutes        INT,
    add_on_code    TEXT,
    price          NUMERIC(15,4) NOT NULL,
    effective_from DATE,
    made_by_name   TEXT NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);
