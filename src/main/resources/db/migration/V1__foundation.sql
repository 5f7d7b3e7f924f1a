-- Knead foundation schema. Every row: a time-ordered UUID key, created_at and updated_at in UTC.
-- Sales, their lines and tenders are only ever inserted.

CREATE TABLE clinic (
    id            UUID PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    address       VARCHAR(400) NOT NULL,
    phone         VARCHAR(60)  NOT NULL,
    currency      CHAR(3)      NOT NULL,
    tax_rate      DECIMAL(7,4) NOT NULL,
    tax_inclusive BOOLEAN      NOT NULL,
    rounding      VARCHAR(20)  NOT NULL,
    zone          VARCHAR(80)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE modality (
    id          UUID PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL UNIQUE,
    name        VARCHAR(80)  NOT NULL,
    description VARCHAR(400) NOT NULL,
    pressure    VARCHAR(20)  NOT NULL,
    intense     BOOLEAN      NOT NULL,
    sort_order  INT          NOT NULL,
    active      BOOLEAN      NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE service_price (
    id          UUID PRIMARY KEY,
    modality_id UUID NOT NULL REFERENCES modality(id),
    minutes     INT  NOT NULL,
    price       DECIMAL(15,4) NOT NULL,
    active      BOOLEAN NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT service_price_once UNIQUE (modality_id, minutes)
);

CREATE TABLE add_on (
    id            UUID PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL UNIQUE,
    name          VARCHAR(80)  NOT NULL,
    price         DECIMAL(15,4) NOT NULL,
    extra_minutes INT NOT NULL,
    sort_order    INT NOT NULL,
    active        BOOLEAN NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE staff (
    id         UUID PRIMARY KEY,
    name       VARCHAR(80) NOT NULL,
    role       VARCHAR(20) NOT NULL,
    pin_hash   VARCHAR(200),
    active     BOOLEAN NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE client (
    id         UUID PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    phone      VARCHAR(20)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX client_phone ON client(phone);

CREATE TABLE visit (
    id           UUID PRIMARY KEY,
    business_day DATE NOT NULL,
    queue_number INT  NOT NULL,
    client_id    UUID NOT NULL REFERENCES client(id),
    modality_id  UUID NOT NULL REFERENCES modality(id),
    minutes      INT  NOT NULL,
    price        DECIMAL(15,4) NOT NULL,
    status       VARCHAR(20) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT visit_queue_number_once UNIQUE (business_day, queue_number)
);

-- Gap-free numbers (receipts, the day's queue) handed out inside the transaction that uses them.
CREATE TABLE counter (
    id         UUID PRIMARY KEY,
    name       VARCHAR(80) NOT NULL UNIQUE,
    last_value BIGINT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE sale (
    id             UUID PRIMARY KEY,
    receipt_number BIGINT NOT NULL UNIQUE,
    visit_id       UUID REFERENCES visit(id),
    business_day   DATE NOT NULL,
    client_name    VARCHAR(200) NOT NULL,
    currency       CHAR(3) NOT NULL,
    subtotal       DECIMAL(15,4) NOT NULL,
    net            DECIMAL(15,4) NOT NULL,
    tax            DECIMAL(15,4) NOT NULL,
    total          DECIMAL(15,4) NOT NULL,
    change_due     DECIMAL(15,4) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sale_business_day ON sale(business_day);
CREATE UNIQUE INDEX sale_once_per_visit ON sale(visit_id);

CREATE TABLE sale_line (
    id          UUID PRIMARY KEY,
    sale_id     UUID NOT NULL REFERENCES sale(id),
    line_no     INT  NOT NULL,
    description VARCHAR(200) NOT NULL,
    modality_id UUID REFERENCES modality(id),
    minutes     INT  NOT NULL,
    unit_price  DECIMAL(15,4) NOT NULL,
    quantity    INT  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sale_line_sale ON sale_line(sale_id);

CREATE TABLE tender (
    id         UUID PRIMARY KEY,
    sale_id    UUID NOT NULL REFERENCES sale(id),
    line_no    INT  NOT NULL,
    kind       VARCHAR(20) NOT NULL,
    amount     DECIMAL(15,4) NOT NULL,
    reference  VARCHAR(40) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX tender_sale ON tender(sale_id);
