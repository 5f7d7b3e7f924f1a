-- Tamper evidence: one link per chained record (a sale with its lines and tenders, a void or refund
-- with what it gave back, a drawer opening, a drawer movement, later a Z), in the order they were
-- recorded. Each link keeps the previous link's hash and the SHA-256 of its record's canonical form
-- (domain ChainForm); chain_head is the one row every writer locks, so the chain never forks.
-- Rows recorded before this version are linked, oldest first, when the database is next opened.
CREATE TABLE chain_link (
    id            UUID PRIMARY KEY,
    position      BIGINT NOT NULL UNIQUE,
    kind          VARCHAR(20) NOT NULL,
    record_id     UUID NOT NULL,
    label         VARCHAR(200) NOT NULL,
    previous_hash CHAR(64) NOT NULL,
    hash          CHAR(64) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX chain_link_record ON chain_link(kind, record_id);

CREATE TABLE chain_head (
    id            UUID PRIMARY KEY,
    last_position BIGINT NOT NULL,
    last_hash     CHAR(64) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
