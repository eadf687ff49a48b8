-- A published clarification that corrects a lot, or changes the documents bidders
-- answered, after bids were submitted: each bid standing in the open stage must be
-- reconfirmed, or resubmitted, by its partnership before the stage's deadline, or
-- it is not evaluated (the ranking says why).
ALTER TABLE clarification ADD COLUMN changes_tender_documents boolean NOT NULL DEFAULT false;

CREATE TABLE bid_reconfirmation (
    bid_id            uuid NOT NULL REFERENCES bid (id) ON DELETE CASCADE,
    clarification_id  uuid NOT NULL REFERENCES clarification (id) ON DELETE CASCADE,
    stage             integer NOT NULL CHECK (stage IN (1, 2)),
    required_at       timestamptz NOT NULL,
    resolution        text CHECK (resolution IN ('confirmed', 'resubmitted', 'withdrawn')),
    resolved_by       uuid REFERENCES app_user (id),
    resolved_at       timestamptz,
    CHECK ((resolution IS NULL) = (resolved_at IS NULL)),
    CHECK ((resolution IS NULL) = (resolved_by IS NULL)),
    PRIMARY KEY (bid_id, clarification_id)
);
CREATE INDEX bid_reconfirmation_open_idx ON bid_reconfirmation (bid_id, stage) WHERE resolved_at IS NULL;
