-- A document arrives in pieces, each stored as it comes, so that no instance ever
-- holds a whole upload in memory; the request's own transaction then joins them
-- into the document and removes them. Pieces of an upload that never finished
-- (the client went away, or the upload was refused) are removed by the timetable.
CREATE TABLE upload_piece (
    upload_id  uuid NOT NULL,
    piece      integer NOT NULL CHECK (piece >= 0),
    bytes      bytea NOT NULL,
    stored_at  timestamptz NOT NULL,
    PRIMARY KEY (upload_id, piece)
);
-- Already-compressed files (PDF, office documents, images): no point compressing.
ALTER TABLE upload_piece ALTER COLUMN bytes SET STORAGE EXTERNAL;
CREATE INDEX upload_piece_stored_idx ON upload_piece (stored_at);

INSERT INTO scheduled_job (name, every) VALUES ('abandoned_uploads', '15 minutes');
