-- Stage-1 feedback to each bidder: compiled from the panel's advice, editable by
-- the commissioner, optionally suggesting the bidder seek partners for a lot.
-- Releasing it (once per tender) makes each bidder's own feedback visible to them.
CREATE TABLE bid_feedback (
    bid_id            uuid PRIMARY KEY REFERENCES bid (id) ON DELETE CASCADE,
    text              text NOT NULL,
    suggested_lot_id  uuid REFERENCES lot (id) ON DELETE SET NULL,
    edited_by         uuid NOT NULL REFERENCES app_user (id),
    updated_at        timestamptz NOT NULL
);

CREATE TABLE feedback_release (
    tender_id     uuid PRIMARY KEY REFERENCES tender (id) ON DELETE CASCADE,
    shows_scores  boolean NOT NULL,  -- whether bidders see their consensus scores
    released_by   uuid NOT NULL REFERENCES app_user (id),
    released_at   timestamptz NOT NULL
);
