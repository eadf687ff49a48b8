-- The collaborative workspace: each section of a bid (the response to a criterion,
-- the declaration for a gate) has an owner, an optional approver, a due date and
-- a review status, and every save is kept. A section without a row is unassigned
-- and not started.
CREATE TABLE bid_section (
    bid_id                 uuid NOT NULL REFERENCES bid (id) ON DELETE CASCADE,
    section                text NOT NULL CHECK (section ~ '^(response|declaration)-(0|[1-9][0-9]{0,3})$'),
    owner_organisation_id  uuid REFERENCES organisation (id),
    owner_user_id          uuid REFERENCES app_user (id),
    approver_user_id       uuid REFERENCES app_user (id),
    due_date               date,
    status                 text NOT NULL DEFAULT 'not_started'
        CHECK (status IN ('not_started', 'in_progress', 'ready_for_review', 'changes_requested', 'approved')),
    changes_reason         text,
    PRIMARY KEY (bid_id, section)
);

CREATE TABLE bid_section_version (
    bid_id         uuid NOT NULL REFERENCES bid (id) ON DELETE CASCADE,
    section        text NOT NULL,
    version        integer NOT NULL CHECK (version >= 1),
    content        jsonb,  -- the response text or the declaration; null when cleared
    saved_by       uuid NOT NULL REFERENCES app_user (id),
    saved_at       timestamptz NOT NULL,
    restored_from  integer,
    PRIMARY KEY (bid_id, section, version)
);
