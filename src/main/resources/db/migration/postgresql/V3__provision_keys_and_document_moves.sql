-- The key each provision is aligned by (the SHA-256 of its plain words): what is computed for a provision carries
-- over to every version where its words are unchanged, whatever happened to its links or formatting. Rows recorded
-- before this column existed have an empty key, which readers work out again from the text.
ALTER TABLE provisions ADD COLUMN text_key TEXT NOT NULL DEFAULT '';
CREATE INDEX provisions_by_key ON provisions (text_key);

-- Moves between the documents of one service are lineage relations ('moved-across-documents', from the lineage in
-- the document the provision left to its lineage in the document it entered); finding whether a lineage is already
-- paired must not scan every relation.
CREATE INDEX lineage_relations_from ON lineage_relations (from_lineage);
CREATE INDEX lineage_relations_to ON lineage_relations (to_lineage);
