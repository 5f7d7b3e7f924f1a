-- Visits travel to the central database too (issue 11, the sales report across locations counts
-- them, and tells new clients from returning ones). Each change of a visit is queued in the outbox
-- in its transaction; the visits made before this version are queued here, after everything already
-- waiting, so they go on the next sync.
INSERT INTO outbox (seq, id, kind, record_id, created_at, updated_at)
SELECT (SELECT last_value FROM counter WHERE name = 'outbox') + ROW_NUMBER() OVER (ORDER BY created_at, id), RANDOM_UUID(7),
       'visit', id, CURRENT_TIMESTAMP AT TIME ZONE 'UTC', CURRENT_TIMESTAMP AT TIME ZONE 'UTC'
FROM visit;
UPDATE counter SET last_value = (SELECT COALESCE(MAX(seq), 0) FROM outbox),
                   updated_at = CURRENT_TIMESTAMP AT TIME ZONE 'UTC'
WHERE name = 'outbox';
