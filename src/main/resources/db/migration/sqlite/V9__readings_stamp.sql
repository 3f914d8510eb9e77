-- A counter that every transaction recording readings moves, so that pages a running 'serve' has cached are
-- rendered again when 'analyse' in another process records readings (they carry no version of their own).
CREATE TABLE readings_stamp (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    batches BIGINT NOT NULL
);
INSERT INTO readings_stamp (id, batches) VALUES (1, 0);
