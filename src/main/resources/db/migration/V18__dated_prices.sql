-- Dated prices. A price is no longer a column of the thing priced: each change of price is a row of
-- its own, only ever inserted, with the business day it takes effect from and who made it. The price
-- in effect on a day is the latest change effective on or before that day. A duration (service_price)
-- or an add-on with no change yet is "ready to be priced" and not offered.
CREATE TABLE price_change (
    id             UUID PRIMARY KEY,
    item_kind      VARCHAR(20) NOT NULL,
    item_id        UUID NOT NULL,
    price          DECIMAL(15,4) NOT NULL,
    -- NULL: in effect from the start (the prices a clinic had before dated prices).
    effective_from DATE,
    made_by        UUID REFERENCES staff(id),
    made_by_name   VARCHAR(80) DEFAULT '' NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX price_change_item ON price_change(item_id, effective_from);

-- Today's prices become the first change of each, in effect from the start. The keys are derived
-- from the priced row's own (time-ordered) key so that the migration is the same on every copy.
INSERT INTO price_change (id, item_kind, item_id, price, effective_from, made_by, made_by_name, created_at, updated_at)
SELECT id, 'SERVICE', id, price, NULL, NULL, '', created_at, updated_at FROM service_price;
INSERT INTO price_change (id, item_kind, item_id, price, effective_from, made_by, made_by_name, created_at, updated_at)
SELECT id, 'ADD_ON', id, price, NULL, NULL, '', created_at, updated_at FROM add_on;

-- The old columns stay, so no upgrade loses a value, but are no longer read or written: price_change
-- holds every price now.
ALTER TABLE service_price ALTER COLUMN price DROP NOT NULL;
ALTER TABLE add_on ALTER COLUMN price DROP NOT NULL;

-- A modality can be kept off the kiosk and still be sold at the desk.
ALTER TABLE modality ADD COLUMN on_kiosk BOOLEAN DEFAULT TRUE NOT NULL;
