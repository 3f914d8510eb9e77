-- Provisions a subscription watches one by one, by lineage id (a JSON array, "[]" for none): a change that
-- modifies, moves or removes one of them alerts whatever the rest of the subscription's filter asks for.
ALTER TABLE subscriptions ADD COLUMN lineages TEXT NOT NULL DEFAULT '[]';
