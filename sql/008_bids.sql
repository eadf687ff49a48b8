-- Bids: one per consortium and lot, a draft edited by every member, and immutable
-- submissions per stage with a receipt (version, server time, SHA-256 of the
-- canonical content). An idempotency key replays a submission, never repeats it.

CREATE TABLE bid (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    consortium_id     uuid NOT NULL REFERENCES consortium (id) ON DELETE CASCADE,
    tender_id         uuid NOT NULL REFERENCES tender (id) ON DELETE CASCADE,
    lot_id            uuid NOT NULL,
    draft             jsonb NOT NULL DEFAULT '{"responses": {}, "declarations": {}}',
    draft_version     integer NOT NULL DEFAULT 1,
    created_by        uuid NOT NULL REFERENCES app_user (id),
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    FOREIGN KEY (lot_id, tender_id) REFERENCES lot (id, tender_id) ON DELETE CASCADE,
    UNIQUE (consortium_id, lot_id)
);
CREATE INDEX bid_lot_idx ON bid (lot_id);

CREATE TABLE bid_submission (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    bid_id              uuid NOT NULL REFERENCES bid (id) ON DELETE CASCADE,
    stage               integer NOT NULL CHECK (stage IN (1, 2)),
    version             integer NOT NULL CHECK (version >= 1),
    content             jsonb NOT NULL,
    sha256              text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    submitted_by        uuid NOT NULL REFERENCES app_user (id),
    submitted_at        timestamptz NOT NULL,
    idempotency_key     text NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    withdrawn_at        timestamptz,
    UNIQUE (bid_id, version),
    UNIQUE (bid_id, idempotency_key)
);
