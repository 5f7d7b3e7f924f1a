-- The nightly sync with a central database (issue 11). Every record that must travel gets a row in
-- the outbox in the same transaction that records it; seq is gap-free and handed out under the
-- 'outbox' counter's row lock, which every writer takes last and holds to its commit, so outbox
-- rows become visible in seq order and a sync that has read through seq N never misses a row
-- below N committed later. The outbox only points at the record: sales and the rest are append-only,
-- and a client is sent as it is when pushed (with its version).
CREATE TABLE outbox (
    seq        BIGINT PRIMARY KEY,
    id         UUID NOT NULL UNIQUE,
    kind       VARCHAR(20) NOT NULL,
    record_id  UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The installation's own sync state, one row: the location id its records are born at,
-- how far the centre has confirmed the push (outbox seq), how far
-- the pull has read the centre's change sequence, and the last run in plain words for the office.
CREATE TABLE sync_state (
    id             UUID PRIMARY KEY,
    location_id    UUID NOT NULL,
    pushed_through BIGINT NOT NULL,
    pulled_through BIGINT NOT NULL,
    last_attempt   TIMESTAMP WITH TIME ZONE,
    last_success   TIMESTAMP WITH TIME ZONE,
    last_problem   VARCHAR(400) DEFAULT '' NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO sync_state (id, location_id, pushed_through, pulled_through, created_at, updated_at)
VALUES (RANDOM_UUID(7), RANDOM_UUID(7), 0, 0, CURRENT_TIMESTAMP AT TIME ZONE 'UTC', CURRENT_TIMESTAMP AT TIME ZONE 'UTC');

-- Client contact details are last-writer-wins between locations: the higher version wins, and at
-- the same version the edit made at the greater location id. A local edit counts the version on.
ALTER TABLE client ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE client ADD COLUMN version_location UUID;

-- What was recorded before this version travels too, oldest first, on the first sync.
INSERT INTO outbox (seq, id, kind, record_id, created_at, updated_at)
SELECT ROW_NUMBER() OVER (ORDER BY created_at, ord, record_id), RANDOM_UUID(7), kind, record_id, CURRENT_TIMESTAMP AT TIME ZONE 'UTC',
       CURRENT_TIMESTAMP AT TIME ZONE 'UTC'
FROM (SELECT 'client' AS kind, id AS record_id, created_at, 0 AS ord FROM client
      UNION ALL SELECT 'drawer-opening', id, created_at, 1 FROM drawer_session
      UNION ALL SELECT 'intake', id, created_at, 2 FROM intake
      UNION ALL SELECT 'sale', id, created_at, 3 FROM sale
      UNION ALL SELECT 'refund', id, created_at, 4 FROM refund
      UNION ALL SELECT 'drawer-movement', id, created_at, 5 FROM drawer_movement
      UNION ALL SELECT 'clearance', id, created_at, 6 FROM physician_clearance
      UNION ALL SELECT 'z', id, created_at, 7 FROM z_report) AS existing;
INSERT INTO counter (id, name, last_value, created_at, updated_at)
SELECT RANDOM_UUID(7), 'outbox', COALESCE(MAX(seq), 0), CURRENT_TIMESTAMP AT TIME ZONE 'UTC', CURRENT_TIMESTAMP AT TIME ZONE 'UTC' FROM outbox;
