-- What ClauseWatch read in a provision's words (topics, unfair-clause kinds, severity grade), once per distinct
-- wording (the provisions' text_key) and version of the reader: every version, and every service, that keeps the
-- words reuses it. Explanations are generated from it on demand, naming the platform.
CREATE TABLE provision_readings (
    text_key TEXT NOT NULL,
    reader_version TEXT NOT NULL,
    topics TEXT NOT NULL,
    unfair TEXT NOT NULL,
    severity TEXT NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    explicit BOOLEAN NOT NULL,
    rule TEXT NOT NULL,
    PRIMARY KEY (text_key, reader_version)
);

-- The same topics, one row each, to find every provision on a topic.
CREATE TABLE provision_topics (
    text_key TEXT NOT NULL,
    reader_version TEXT NOT NULL,
    topic TEXT NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (text_key, reader_version, topic)
);
CREATE INDEX provision_topics_by_topic ON provision_topics (topic, reader_version);

-- What a change is about, from the readings of the provisions it touched: the topics, and the highest severity
-- among its items that are more than cosmetic (NULL when none was read). Alerts match on both.
ALTER TABLE changes ADD COLUMN topics TEXT NOT NULL DEFAULT '[]';
ALTER TABLE changes ADD COLUMN severity TEXT;
