-- Each organisation's own library of reusable answers, searched with PostgreSQL
-- full-text search (English stemming); and where an inserted answer came from.
CREATE TABLE library_answer (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id  uuid NOT NULL REFERENCES organisation (id),
    title            text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
    text             text NOT NULL CHECK (length(btrim(text)) BETWEEN 1 AND 50000),
    tags             jsonb NOT NULL DEFAULT '[]',
    last_reviewed    date,
    version          integer NOT NULL DEFAULT 1,
    updated_by       uuid NOT NULL REFERENCES app_user (id),
    updated_at       timestamptz NOT NULL,
    search           tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', text), 'B')) STORED
);
CREATE INDEX library_answer_search ON library_answer USING gin (search);
CREATE INDEX library_answer_organisation ON library_answer (organisation_id, updated_at DESC);

ALTER TABLE bid_section_version ADD COLUMN source_answer_id uuid REFERENCES library_answer (id) ON DELETE SET NULL;
