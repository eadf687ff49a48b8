-- Documents of a bid, stored in PostgreSQL with their digest and size. The
-- uploading member chooses who sees each: every member ('consortium'), or only
-- the evaluators after the deadline ('evaluators_only', e.g. one member's finances).
CREATE TABLE bid_document (
    id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    bid_id                    uuid NOT NULL REFERENCES bid (id) ON DELETE CASCADE,
    uploaded_by_organisation  uuid NOT NULL REFERENCES organisation (id),
    uploaded_by               uuid NOT NULL REFERENCES app_user (id),
    filename                  text NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
    media_type                text NOT NULL,
    size_bytes                bigint NOT NULL CHECK (size_bytes > 0),
    sha256                    text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    visibility                text NOT NULL CHECK (visibility IN ('consortium', 'evaluators_only')),
    content                   bytea NOT NULL,
    uploaded_at               timestamptz NOT NULL
);
CREATE INDEX bid_document_bid_idx ON bid_document (bid_id, uploaded_at);
