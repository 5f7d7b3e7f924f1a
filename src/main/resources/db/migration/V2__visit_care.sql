-- Who looks after a visit and where, and whether the intake raised a red flag for staff.
ALTER TABLE visit ADD COLUMN therapist_id UUID REFERENCES staff(id);
ALTER TABLE visit ADD COLUMN room VARCHAR(40);
ALTER TABLE visit ADD COLUMN red_flag BOOLEAN DEFAULT FALSE NOT NULL;
