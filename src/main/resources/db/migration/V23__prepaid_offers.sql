-- Packages and gift cards the clinic sells at set prices ("5 × Swedish 60 min for 400.00", "Gift
-- card 100.00"), kept on the price list beside the services. An offer is retired, never deleted; its
-- prices are rows of price_change (item_kind 'PACKAGE' or 'GIFT_CARD'), dated like every price.
-- A package offer names the service it holds (a modality at one duration) and how many visits; a
-- gift-card offer's price is the value it loads.
CREATE TABLE prepaid_offer (
    id               UUID PRIMARY KEY,
    kind             VARCHAR(20)  NOT NULL,
    name             VARCHAR(80)  NOT NULL,
    service_price_id UUID REFERENCES service_price(id),
    visits           INT          DEFAULT 0 NOT NULL,
    sort_order       INT          NOT NULL,
    active           BOOLEAN      NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT prepaid_offer_kind CHECK (kind IN ('PACKAGE', 'GIFT_CARD')),
    CONSTRAINT prepaid_offer_package CHECK (kind = 'GIFT_CARD' OR (service_price_id IS NOT NULL AND visits > 0))
);
