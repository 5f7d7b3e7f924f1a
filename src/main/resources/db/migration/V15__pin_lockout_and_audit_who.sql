-- A person's run of wrong PINs and the end of their lock (configuration of that person, so updated
-- in place); and, on each audit entry, the staff member it concerns and a short detail in words.
ALTER TABLE staff ADD COLUMN wrong_pins INT DEFAULT 0 NOT NULL;
ALTER TABLE staff ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE audit ADD COLUMN staff_id UUID REFERENCES staff(id);
ALTER TABLE audit ADD COLUMN detail VARCHAR(400) DEFAULT '' NOT NULL;
CREATE INDEX audit_staff ON audit(staff_id);
