-- Evaluation: panels per lot (or one for the whole tender), conflict-of-interest
-- declarations, minimum-requirement gate results, independent scores and the
-- consensus reached at moderation. Everything evaluated is keyed by bid and stage:
-- after a stage's deadline a bid's standing submission for it cannot change.

CREATE TABLE panel (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tender_id   uuid NOT NULL REFERENCES tender (id) ON DELETE CASCADE,
    lot_id      uuid,  -- NULL: evaluates every lot without a panel of its own
    name        text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    version     integer NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL,
    FOREIGN KEY (lot_id, tender_id) REFERENCES lot (id, tender_id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX panel_per_lot ON panel (tender_id, lot_id) NULLS NOT DISTINCT;

CREATE TABLE panel_member (
    panel_id  uuid NOT NULL REFERENCES panel (id) ON DELETE CASCADE,
    user_id   uuid NOT NULL REFERENCES app_user (id),
    kind      text NOT NULL CHECK (kind IN ('lived_experience', 'statutory', 'third_sector', 'independent')),
    chair     boolean NOT NULL,
    PRIMARY KEY (panel_id, user_id)
);
CREATE UNIQUE INDEX panel_one_chair ON panel_member (panel_id) WHERE chair;
CREATE INDEX panel_member_user ON panel_member (user_id);

-- A description may reveal a panellist's health or support: special-category data,
-- shown to the tender's commissioners only.
CREATE TABLE conflict_declaration (
    bid_id       uuid NOT NULL REFERENCES bid (id) ON DELETE CASCADE,
    stage        integer NOT NULL CHECK (stage IN (1, 2)),
    user_id      uuid NOT NULL REFERENCES app_user (id),
    conflicted   boolean NOT NULL,
    description  text,
    declared_at  timestamptz NOT NULL,
    PRIMARY KEY (bid_id, stage, user_id),
    CHECK (conflicted = (description IS NOT NULL))
);

-- Gates by position in the lot's gate list (frozen once stage 1 opens).
CREATE TABLE gate_result (
    bid_id       uuid NOT NULL REFERENCES bid (id) ON DELETE CASCADE,
    stage        integer NOT NULL CHECK (stage IN (1, 2)),
    gate         integer NOT NULL CHECK (gate >= 0),
    outcome      text NOT NULL CHECK (outcome IN ('pass', 'fail', 'clarification_requested', 'pending')),
    reason       text NOT NULL,
    decided_by   uuid REFERENCES app_user (id),  -- NULL: decided automatically from the declaration
    decided_at   timestamptz NOT NULL,
    PRIMARY KEY (bid_id, stage, gate)
);

-- Criteria by position in the lot's effective criteria (frozen once stage 1 opens).
CREATE TABLE score (
    bid_id         uuid NOT NULL REFERENCES bid (id) ON DELETE CASCADE,
    stage          integer NOT NULL CHECK (stage IN (1, 2)),
    user_id        uuid NOT NULL REFERENCES app_user (id),
    criterion      integer NOT NULL CHECK (criterion >= 0),
    score          integer,
    justification  text NOT NULL DEFAULT '',
    advice         text NOT NULL DEFAULT '',
    updated_at     timestamptz NOT NULL,
    PRIMARY KEY (bid_id, stage, user_id, criterion)
);

CREATE TABLE scoresheet_submission (
    bid_id        uuid NOT NULL REFERENCES bid (id) ON DELETE CASCADE,
    stage         integer NOT NULL CHECK (stage IN (1, 2)),
    user_id       uuid NOT NULL REFERENCES app_user (id),
    submitted_at  timestamptz NOT NULL,
    PRIMARY KEY (bid_id, stage, user_id)
);

CREATE TABLE consensus_score (
    bid_id        uuid NOT NULL REFERENCES bid (id) ON DELETE CASCADE,
    stage         integer NOT NULL CHECK (stage IN (1, 2)),
    criterion     integer NOT NULL CHECK (criterion >= 0),
    score         integer NOT NULL,
    rationale     text NOT NULL,
    moderated_by  uuid NOT NULL REFERENCES app_user (id),
    moderated_at  timestamptz NOT NULL,
    PRIMARY KEY (bid_id, stage, criterion)
);
