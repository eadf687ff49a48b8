-- Stage-2 outcome: the commissioner's order among bids level on every score,
-- award decisions per lot (the top-ranked bids, or an override with a reason)
-- with their standstill, suspension while challenged, and confirmed contracts.
CREATE TABLE tie_break (
    lot_id      uuid NOT NULL REFERENCES lot (id) ON DELETE CASCADE,
    bid_id      uuid NOT NULL REFERENCES bid (id) ON DELETE CASCADE,
    position    integer NOT NULL CHECK (position >= 1),
    reason      text NOT NULL,
    decided_by  uuid NOT NULL REFERENCES app_user (id),
    decided_at  timestamptz NOT NULL,
    PRIMARY KEY (lot_id, bid_id)
);

-- One decision per lot; no award rows under it means the lot is not awarded.
CREATE TABLE award_decision (
    lot_id              uuid PRIMARY KEY REFERENCES lot (id) ON DELETE CASCADE,
    tender_id           uuid NOT NULL REFERENCES tender (id) ON DELETE CASCADE,
    override_reason     text,  -- set when the decision departs from the ranking
    decided_by          uuid NOT NULL REFERENCES app_user (id),
    decided_at          timestamptz NOT NULL,
    standstill_ends_at  timestamptz NOT NULL
);

CREATE TABLE award (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    lot_id              uuid NOT NULL REFERENCES award_decision (lot_id) ON DELETE CASCADE,
    bid_id              uuid NOT NULL REFERENCES bid (id),
    status              text NOT NULL CHECK (status IN ('proposed', 'suspended', 'confirmed')),
    suspension_reason   text,
    contract_start      date,
    contract_term_months       integer,
    contract_extension_months  integer,
    contract_value_pence       bigint CHECK (contract_value_pence >= 0),
    confirmed_at        timestamptz,
    UNIQUE (lot_id, bid_id)
);
