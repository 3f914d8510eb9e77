-- Full-text search over every provision text ever recorded (current and past), and the indexes the web pages
-- read by. The expression index is what the search query's WHERE clause matches, so it must stay identical.
CREATE INDEX provisions_by_text ON provisions (text_sha256);
CREATE INDEX change_items_by_lineage ON change_items (lineage_id);

CREATE INDEX provision_texts_search ON provision_texts USING GIN (to_tsvector('english', text));
