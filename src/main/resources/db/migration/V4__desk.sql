-- The desk: discounts, tips, the therapist on a sale, gift cards and packages sold on sale lines and
-- redeemed by tenders, and settings such as the receipt printer. Balances are sums of movements;
-- movements, like sales, are only ever inserted.

ALTER TABLE sale ADD COLUMN discount DECIMAL(15,4) DEFAULT 0 NOT NULL;
ALTER TABLE sale ADD COLUMN discount_kind VARCHAR(10);
ALTER TABLE sale ADD COLUMN discount_value DECIMAL(15,4);
ALTER TABLE sale ADD COLUMN discount_reason VARCHAR(200);
ALTER TABLE sale ADD COLUMN discount_approved_by UUID REFERENCES staff(id);
ALTER TABLE sale ADD COLUMN tip DECIMAL(15,4) DEFAULT 0 NOT NULL;
ALTER TABLE sale ADD COLUMN therapist_id UUID REFERENCES staff(id);

ALTER TABLE sale_line ADD COLUMN kind VARCHAR(20) DEFAULT 'SERVICE' NOT NULL;
ALTER TABLE sale_line ADD COLUMN code VARCHAR(20) DEFAULT '' NOT NULL;
ALTER TABLE sale_line ADD COLUMN credits INT DEFAULT 0 NOT NULL;

CREATE TABLE gift_card (
    id         UUID PRIMARY KEY,
    code       VARCHAR(20) NOT NULL UNIQUE,
    sale_id    UUID NOT NULL REFERENCES sale(id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- + when loaded, - when redeemed; the balance is the sum and never goes below zero.
CREATE TABLE gift_card_movement (
    id           UUID PRIMARY KEY,
    gift_card_id UUID NOT NULL REFERENCES gift_card(id),
    sale_id      UUID NOT NULL REFERENCES sale(id),
    amount       DECIMAL(15,4) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX gift_card_movement_card ON gift_card_movement(gift_card_id);

CREATE TABLE service_package (
    id          UUID PRIMARY KEY,
    code        VARCHAR(20) NOT NULL UNIQUE,
    sale_id     UUID NOT NULL REFERENCES sale(id),
    modality_id UUID NOT NULL REFERENCES modality(id),
    minutes     INT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- + visits when sold, -1 for each visit redeemed; the sum is what is left.
CREATE TABLE package_movement (
    id         UUID PRIMARY KEY,
    package_id UUID NOT NULL REFERENCES service_package(id),
    sale_id    UUID NOT NULL REFERENCES sale(id),
    visits     INT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX package_movement_package ON package_movement(package_id);

-- The owner's choices for this installation (the receipt printer), one row per name.
CREATE TABLE setting (
    id         UUID PRIMARY KEY,
    name       VARCHAR(80) NOT NULL UNIQUE,
    setting_value VARCHAR(400) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
