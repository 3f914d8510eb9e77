-- A reading depends on a provision's words and on the lead-in they continue ("We share it with:"), so it is kept under
-- the provision's reading key (Provision.readingKey): its text_key when it has no lead-in, else a digest of its
-- text_key and lead-in. Before, it was kept under text_key alone, and words found under two lead-ins took the reading
-- of whichever was written first.
ALTER TABLE provisions ADD COLUMN reading_key TEXT NOT NULL DEFAULT '';
-- A provision with a lead-in keeps '' until the next 'analyse' (or serve's reading at start) fills it in, as text_key
-- was filled in; SQL cannot digest.
UPDATE provisions SET reading_key = text_key WHERE context IS NULL;
CREATE INDEX provisions_by_reading_key ON provisions (reading_key);

-- Readings of words that some provision continues a lead-in with may have been read with that lead-in: they are
-- dropped, and read again under the right keys by the next 'analyse'. Every other reading keeps working as it is.
DELETE FROM provision_topics WHERE text_key IN (SELECT text_key FROM provisions WHERE context IS NOT NULL);
DELETE FROM provision_readings WHERE text_key IN (SELECT text_key FROM provisions WHERE context IS NOT NULL);
ALTER TABLE provision_readings RENAME COLUMN text_key TO reading_key;
ALTER TABLE provision_topics RENAME COLUMN text_key TO reading_key;
