-- The sales report across locations (`knead report sales --central`), computed here from what the
-- locations pushed, needs what each location's own report reads besides its sales: its visits (the
-- day's visit count, new and returning clients), the names of its modalities and staff (ids differ
-- between installations), and how it taxes and rounds (the tax share of a refund, tax added on top).

-- How the location taxes and rounds, its currency and its business day: sent with every sync.
ALTER TABLE location ADD COLUMN currency CHAR(3);
ALTER TABLE location ADD COLUMN tax_rate NUMERIC(7,4);
ALTER TABLE location ADD COLUMN tax_inclusive BOOLEAN;
ALTER TABLE location ADD COLUMN rounding TEXT;
ALTER TABLE location ADD COLUMN zone TEXT;
ALTER TABLE location ADD COLUMN day_ends TIME;

-- A location's modalities and staff as that location names them now (the report names lines and
-- therapists as the location's own report does). Staff travel without their PINs: a PIN opens one
-- location's desk and its hash stays there.
CREATE TABLE location_modality (
    location_id UUID NOT NULL,
    id          UUID NOT NULL,
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (location_id, id)
);

CREATE TABLE location_staff (
    location_id UUID NOT NULL,
    id          UUID NOT NULL,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL,
    active      BOOLEAN NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (location_id, id)
);

-- Visits change (waiting, in session, paid, cancelled) only at the location that has them; each push
-- carries a visit as it is now, so the latest push is the truth.
CREATE TABLE visit (
    id           UUID PRIMARY KEY,
    location_id  UUID NOT NULL,
    business_day DATE NOT NULL,
    client_id    UUID NOT NULL,
    modality_id  UUID NOT NULL,
    minutes      INT NOT NULL,
    price        NUMERIC(15,4) NOT NULL,
    status       TEXT NOT NULL,
    therapist_id UUID,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- A range's visits by location and day; a client's first visit at a location.
CREATE INDEX visit_location_day ON visit(location_id, business_day);
CREATE INDEX visit_location_client ON visit(location_id, client_id, business_day);
