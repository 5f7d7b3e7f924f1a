-- Why a visit was cancelled at the desk ("No-show", or what the client said).
ALTER TABLE visit ADD COLUMN cancel_reason VARCHAR(200);
