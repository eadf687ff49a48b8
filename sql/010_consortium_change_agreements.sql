-- A consortium's membership locks at its first submission. Changing it later
-- (e.g. a single bidder joining partners between stages, as the panel advised)
-- needs the commissioner's agreement, recorded here; it reopens membership until
-- the consortium's next submission.
CREATE TABLE consortium_change_agreement (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    consortium_id   uuid NOT NULL REFERENCES consortium (id) ON DELETE CASCADE,
    agreed_by       uuid NOT NULL REFERENCES app_user (id),
    reason          text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 2000),
    agreed_at       timestamptz NOT NULL
);
CREATE INDEX consortium_change_agreement_idx ON consortium_change_agreement (consortium_id, agreed_at);
