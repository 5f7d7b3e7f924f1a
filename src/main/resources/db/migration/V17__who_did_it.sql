-- Who did it: the staff member signed in at the desk when a sale, a void or refund, a drawer
-- movement, a physician clearance or a desk check-in was recorded. Rows made before sign-in
-- existed keep these empty.
ALTER TABLE sale ADD COLUMN cashier_id UUID REFERENCES staff(id);
ALTER TABLE refund ADD COLUMN staff_id UUID REFERENCES staff(id);
ALTER TABLE drawer_session ADD COLUMN staff_id UUID REFERENCES staff(id);
ALTER TABLE drawer_movement ADD COLUMN staff_id UUID REFERENCES staff(id);
ALTER TABLE physician_clearance ADD COLUMN recorded_by UUID REFERENCES staff(id);
ALTER TABLE visit ADD COLUMN checked_in_by UUID REFERENCES staff(id);
