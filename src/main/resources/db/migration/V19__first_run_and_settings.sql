-- The clinic's own settings from the first-run setup and the office's Settings page.
-- day_ends: the local time its business day ends ('00:00' = midnight; '04:00' for a clinic open past
-- midnight). demo: the demo clinic, whose receipts and reports say DEMO. Every clinic made before
-- this migration came from the demo seed (there was no other way to make one), so it is marked demo
-- by its seeded name. logo_file: the receipt's logo, a file name inside the data folder ('' = none).
ALTER TABLE clinic ADD COLUMN day_ends VARCHAR(5) DEFAULT '00:00' NOT NULL;
ALTER TABLE clinic ADD COLUMN demo BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE clinic ADD COLUMN logo_file VARCHAR(200) DEFAULT '' NOT NULL;
UPDATE clinic SET demo = TRUE WHERE name = 'Knead Demo Clinic';

-- The clinic's treatment rooms, chosen at the desk. A room is retired, never deleted: past visits
-- name it.
CREATE TABLE room (
    id         UUID PRIMARY KEY,
    name       VARCHAR(60) NOT NULL,
    sort_order INT         NOT NULL,
    active     BOOLEAN     NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
