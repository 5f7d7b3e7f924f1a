-- Cash drawer sessions (opening float) and what moved through the drawer by hand: pay-ins,
-- pay-outs and "no sale" openings, each with a reason. Only ever inserted.
CREATE TABLE drawer_session (
    id            UUID PRIMARY KEY,
    business_day  DATE NOT NULL,
    opening_float DECIMAL(15,4) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX drawer_session_day ON drawer_session(business_day);

CREATE TABLE drawer_movement (
    id         UUID PRIMARY KEY,
    session_id UUID NOT NULL REFERENCES drawer_session(id),
    kind       VARCHAR(10) NOT NULL,
    amount     DECIMAL(15,4) NOT NULL,
    reason     VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX drawer_movement_session ON drawer_movement(session_id);
