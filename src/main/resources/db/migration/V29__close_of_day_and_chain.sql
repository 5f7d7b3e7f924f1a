-- The receipt counter as it stood when the day's Z closed (the close holds it, so every sale, void and
-- refund numbered up to it was counted in the Z's grand total, and none after it). The X adds to the last
-- Z's grand total only what came after, instead of summing every sale since the first. NULL for a Z made
-- before this version: the X then sums from the first sale, as it did.
ALTER TABLE z_report ADD COLUMN last_receipt BIGINT;
