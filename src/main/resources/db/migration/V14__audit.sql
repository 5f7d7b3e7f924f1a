-- What was looked up or done, and when, for the owner to read: only ever inserted, never changed
-- or deleted (the store offers no way to). The kiosk logs every returning-visitor lookup here;
-- it never stores the phone number or date of birth that were typed, only whether they matched
-- and, when they did, which client was found.
CREATE TABLE audit (
    id         UUID PRIMARY KEY,
    place      VARCHAR(20)  NOT NULL,
    action     VARCHAR(40)  NOT NULL,
    outcome    VARCHAR(40)  NOT NULL,
    client_id  UUID REFERENCES client(id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX audit_created ON audit(created_at);
