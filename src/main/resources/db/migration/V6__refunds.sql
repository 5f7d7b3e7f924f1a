-- Voids and refunds: records of their own that point at the sale, which is never changed. They take
-- receipt numbers from the same gap-free counter as sales. Like sales, they are only ever inserted.
CREATE TABLE refund (
    id             UUID PRIMARY KEY,
    receipt_number BIGINT NOT NULL UNIQUE,
    kind           VARCHAR(10) NOT NULL,
    sale_id        UUID NOT NULL REFERENCES sale(id),
    business_day   DATE NOT NULL,
    what           VARCHAR(200) NOT NULL,
    reason         VARCHAR(200) NOT NULL,
    approved_by    UUID NOT NULL REFERENCES staff(id),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX refund_sale ON refund(sale_id);
CREATE INDEX refund_business_day ON refund(business_day);

-- How the money went back: one row per tender given back (positive amounts).
CREATE TABLE refund_tender (
    id         UUID PRIMARY KEY,
    refund_id  UUID NOT NULL REFERENCES refund(id),
    line_no    INT NOT NULL,
    kind       VARCHAR(20) NOT NULL,
    amount     DECIMAL(15,4) NOT NULL,
    reference  VARCHAR(40) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX refund_tender_refund ON refund_tender(refund_id);

-- A gift card credited back, or a package visit restored, by a refund.
ALTER TABLE gift_card_movement ADD COLUMN refund_id UUID REFERENCES refund(id);
ALTER TABLE package_movement ADD COLUMN refund_id UUID REFERENCES refund(id);
