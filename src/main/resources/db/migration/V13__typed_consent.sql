-- A visitor who cannot draw gives the consent by pressing "I agree" with their full name typed:
-- such an intake has no signature image, and keeps the typed name instead (empty for a drawn one).
ALTER TABLE intake ALTER COLUMN signature_png SET NULL;
ALTER TABLE intake ADD COLUMN consent_typed_name VARCHAR(200) DEFAULT '' NOT NULL;
