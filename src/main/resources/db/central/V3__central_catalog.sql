-- What the centre owns besides prices and clients: the services (modalities with their durations),
-- the add-ons and the staff, as a person at the centre made them (`knead central modality|add-on|staff`).
-- Each row is the item as it is now; every change takes the next number of change_seq, so each
-- installation pulls what changed after the last number it saw (never by clock time). Writers take
-- the pulled writers' advisory lock first (see CentralStore), so numbers become visible in order.

-- A modality, named by the code every installation shares; its durations in minutes, ascending.
-- sort_order NULL: after the location's own. Never deleted.
CREATE TABLE central_modality (
    id          UUID PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    description TEXT NOT NULL,
    minutes     INT[] NOT NULL,
    on_kiosk    BOOLEAN NOT NULL,
    sort_order  INT,
    change_seq  BIGINT NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE central_add_on (
    id         UUID PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    change_seq BIGINT NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

-- A staff member made at the centre, known there by name; every installation keeps them under this
-- same id. Never a PIN: each location sets one locally. Deactivated, never deleted.
CREATE TABLE central_staff (
    id         UUID PRIMARY KEY,
    name       TEXT NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('OWNER', 'MANAGER', 'CASHIER', 'THERAPIST')),
    active     BOOLEAN NOT NULL,
    change_seq BIGINT NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX central_staff_name ON central_staff(lower(name));
