-- Downloads are read in pieces (substring of the bytes). Stored uncompressed,
-- PostgreSQL reads only the pieces' TOAST chunks instead of the whole value;
-- the allowed types (PDF, office files, images) are compressed already.
ALTER TABLE bid_document ALTER COLUMN content SET STORAGE EXTERNAL;
ALTER TABLE consortium ALTER COLUMN mou_content SET STORAGE EXTERNAL;
