-- The memorandum of understanding is uploaded, not just named: members read the
-- very document they acknowledge by its SHA-256.
ALTER TABLE consortium ADD COLUMN mou_media_type text;
ALTER TABLE consortium ADD COLUMN mou_content bytea;
