-- The Z of each closed business day. z_number is gap-free (the counter 'z_report', taken in the
-- closing transaction) and never reused; business_day is unique, so closing a day twice, or two
-- desks closing at once, gives one Z. counted_pieces is the drawer's count by notes and coins
-- ('20x3;0.25x4'), '' when one total was typed. The day's key figures are kept as they were at the
-- close, and so are its visits and clients (a visit belongs to its own day even when checked in or
-- cancelled after the close; money recorded after the close counts on the next open day). chain_head: the tamper-evidence chain's head at the close (filled by the chain's work; null
-- before). Only ever inserted.
CREATE TABLE z_report (
    id             UUID PRIMARY KEY,
    z_number       BIGINT        NOT NULL,
    business_day   DATE          NOT NULL,
    expected       DECIMAL(15,4) NOT NULL,
    counted        DECIMAL(15,4) NOT NULL,
    over_short     DECIMAL(15,4) NOT NULL,
    counted_pieces VARCHAR(1000) NOT NULL,
    reason         VARCHAR(400)  NOT NULL,
    sales_total    DECIMAL(15,4) NOT NULL,
    refunded       DECIMAL(15,4) NOT NULL,
    net_taken      DECIMAL(15,4) NOT NULL,
    grand_total    DECIMAL(15,4) NOT NULL,
    visits            INT NOT NULL,
    new_clients       INT NOT NULL,
    returning_clients INT NOT NULL,
    closed_by      UUID          NOT NULL REFERENCES staff(id),
    closed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    chain_head     VARCHAR(64),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT z_report_number UNIQUE (z_number),
    CONSTRAINT z_report_day UNIQUE (business_day)
);
