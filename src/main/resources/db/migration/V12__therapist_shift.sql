-- Who is in today: the desk marks a therapist in or out for a business day. Only ever inserted;
-- the latest mark of a therapist on a day counts, and a therapist without one is in.
CREATE TABLE therapist_shift (
    id           UUID PRIMARY KEY,
    staff_id     UUID NOT NULL REFERENCES staff(id),
    business_day DATE NOT NULL,
    on_shift     BOOLEAN NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX therapist_shift_day ON therapist_shift(business_day);
