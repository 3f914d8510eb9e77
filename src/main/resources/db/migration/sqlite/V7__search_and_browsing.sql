-- Full-text search over every provision text ever recorded (current and past), and the indexes the web pages
-- read by. The FTS5 table holds no copy of the texts: it indexes provision_texts (external content), and a
-- trigger keeps it in step, since a provision text is only ever inserted, never updated or deleted.
CREATE INDEX provisions_by_text ON provisions (text_sha256);
CREATE INDEX change_items_by_lineage ON change_items (lineage_id);

CREATE VIRTUAL TABLE provision_search USING fts5 (
    text,
    content = 'provision_texts',
    content_rowid = 'rowid',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER provision_texts_searchable AFTER INSERT ON provision_texts
BEGIN
    INSERT INTO provision_search (rowid, text) VALUES (new.rowid, new.text);
END;

INSERT INTO provision_search (provision_search) VALUES ('rebuild');
