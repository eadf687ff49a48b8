-- The ethical commissioning collaboration checklist of a tender, kept as numbered
-- versions: the newest is current, the rest are its history.
CREATE TABLE checklist_version (
    tender_id     uuid NOT NULL REFERENCES tender (id) ON DELETE CASCADE,
    version       integer NOT NULL CHECK (version >= 1),
    elements      jsonb NOT NULL CHECK (jsonb_typeof(elements) = 'array'),
    edited_by     uuid NOT NULL REFERENCES app_user (id),
    edited_at     timestamptz NOT NULL,
    PRIMARY KEY (tender_id, version)
);
