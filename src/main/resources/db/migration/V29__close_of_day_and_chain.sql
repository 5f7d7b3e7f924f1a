-- The receipt counter as it stood when the day's Z closed (the close holds it, so every sale, void and
-- refund numbered up to it was counted in the Z's grand total, and none after it). The X adds to the last
-- Z's grand total only what came after, instead of summing every sale since the first. NULL for a Z made
-- before this version: the X then sums from the first sale, as it did.
ALTER TABLE z_report ADD COLUMN last_receipt BIGINT;

-- The canonical form each link hashed: 1 for every link made before this version; 2 for every link made
-- since, which adds a sale's tax rate and a Z's last_receipt to what is hashed (ChainForm, ChainedKinds).
-- Old links keep verifying in form 1; the form is named in the hashed text's first line, so a link's form
-- edited no longer hashes to the link.
ALTER TABLE chain_link ADD COLUMN form INT DEFAULT 1 NOT NULL;
-- The chained kinds the chain has linked every row of: 1 before this version; 2 once the gift card and
-- package movements recorded before it are linked, at the first start on this version (Chain).
ALTER TABLE chain_head ADD COLUMN kinds INT DEFAULT 1 NOT NULL;
