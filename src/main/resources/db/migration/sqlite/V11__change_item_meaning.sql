-- What each item of a change means, as read when the change was recorded: the topics and severity of its
-- provision (a JSON array of topic ids; severity NULL when not assessed) and, for a modified provision whose
-- reading changed, the attribute changes (JSON: summary, severity before and after, deltas). Items recorded
-- before this column existed read as "nothing read".
ALTER TABLE change_items ADD COLUMN topics TEXT NOT NULL DEFAULT '[]';
ALTER TABLE change_items ADD COLUMN severity TEXT;
ALTER TABLE change_items ADD COLUMN attribute_changes TEXT;
