-- Dated tax rates. The clinic's tax_rate column stays the rate it was set up with, in effect from the
-- start; each change since is a row of its own, only ever inserted, with the business day it takes
-- effect from and who made it. The rate in effect at a moment is the latest change effective on or
-- before that moment's business day among those made by then.
CREATE TABLE tax_rate_change (
    id             UUID PRIMARY KEY,
    rate           DECIMAL(7,4) NOT NULL,
    effective_from DATE NOT NULL,
    made_by        UUID REFERENCES staff(id),
    made_by_name   VARCHAR(80) DEFAULT '' NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The rate a sale was taxed at, so that its receipt (and any reprint) names it. NULL for sales made
-- before rates were dated: they were all taxed at the rate the clinic was set up with.
ALTER TABLE sale ADD COLUMN tax_rate DECIMAL(7,4);

-- Each answer keeps the question as it was asked: its wording and the choices offered, so that a
-- question reworded in the office later does not change what a past intake appears to have asked.
-- NULL for answers given before the wording could be edited: their question still reads as asked.
ALTER TABLE intake_answer ADD COLUMN asked_prompt VARCHAR(200);
ALTER TABLE intake_answer ADD COLUMN asked_choices VARCHAR(600);
