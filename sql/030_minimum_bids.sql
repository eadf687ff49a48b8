-- A tender states the fewest bids each lot needs in each stage (1 unless it says
-- more). After a deadline a lot with fewer holds up evaluation until the
-- commissioner extends the deadline, proceeds with a recorded reason (a waiver),
-- or cancels the lot. Columns have defaults, so the previous release keeps working.
ALTER TABLE tender
    ADD COLUMN minimum_bids_stage1 integer NOT NULL DEFAULT 1 CHECK (minimum_bids_stage1 BETWEEN 1 AND 100),
    ADD COLUMN minimum_bids_stage2 integer NOT NULL DEFAULT 1 CHECK (minimum_bids_stage2 BETWEEN 1 AND 100);

ALTER TABLE lot
    ADD COLUMN cancelled_at   timestamptz,
    ADD COLUMN cancel_reason  text CHECK (length(btrim(cancel_reason)) BETWEEN 1 AND 2000),
    ADD COLUMN cancelled_by   uuid REFERENCES app_user (id),
    ADD CHECK ((cancelled_at IS NULL) = (cancel_reason IS NULL)),
    ADD CHECK ((cancelled_at IS NULL) = (cancelled_by IS NULL));

CREATE TABLE lot_minimum_waiver (
    lot_id      uuid NOT NULL REFERENCES lot (id) ON DELETE CASCADE,
    stage       integer NOT NULL CHECK (stage IN (1, 2)),
    bids        integer NOT NULL CHECK (bids >= 0),
    reason      text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 2000),
    waived_by   uuid NOT NULL REFERENCES app_user (id),
    waived_at   timestamptz NOT NULL,
    PRIMARY KEY (lot_id, stage)
);
