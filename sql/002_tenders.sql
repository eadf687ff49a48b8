-- Tenders, their lots, award criteria and minimum-requirement gates.
-- Money is integer pence; weights are percent; lists are JSON arrays.

CREATE TABLE tender (
    id                          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id             uuid NOT NULL REFERENCES organisation (id),
    reference                   text NOT NULL,
    title                       text NOT NULL,
    description                 text NOT NULL,
    cpv_codes                   jsonb NOT NULL CHECK (jsonb_typeof(cpv_codes) = 'array'),
    procedure                   text NOT NULL CHECK (procedure = 'light_touch_two_stage'),
    contract_term_months        integer NOT NULL CHECK (contract_term_months BETWEEN 1 AND 240),
    extension_months            integer NOT NULL CHECK (extension_months BETWEEN 0 AND 240),
    estimated_value_pence       bigint NOT NULL CHECK (estimated_value_pence >= 0),
    outcomes                    jsonb NOT NULL CHECK (jsonb_typeof(outcomes) = 'array'),
    partnership_bids_expected   boolean NOT NULL,
    partnership_statement       text NOT NULL,
    price_weight                integer NOT NULL CHECK (price_weight BETWEEN 0 AND 100),
    quality_threshold           integer CHECK (quality_threshold BETWEEN 0 AND 100),
    scoring_scale               jsonb NOT NULL CHECK (jsonb_typeof(scoring_scale) = 'array'),
    clarification_cutoff        timestamptz,
    stage1_deadline             timestamptz,
    stage2_deadline             timestamptz,
    standstill_days             integer NOT NULL CHECK (standstill_days BETWEEN 10 AND 60),
    status                      text NOT NULL DEFAULT 'draft' CHECK (status IN (
                                    'draft', 'pin_published', 'stage1_open', 'stage1_evaluation', 'stage2_open',
                                    'stage2_evaluation', 'standstill', 'awarded', 'cancelled')),
    was_published               boolean NOT NULL DEFAULT false,
    cancel_reason               text,
    version                     integer NOT NULL DEFAULT 1,
    created_by                  uuid NOT NULL REFERENCES app_user (id),
    created_at                  timestamptz NOT NULL DEFAULT now(),
    updated_at                  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organisation_id, reference),
    CHECK ((status = 'cancelled') = (cancel_reason IS NOT NULL))
);
CREATE INDEX tender_status_idx ON tender (status, created_at);
CREATE INDEX tender_organisation_idx ON tender (organisation_id, created_at);

CREATE TABLE lot (
    id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tender_id             uuid NOT NULL REFERENCES tender (id) ON DELETE CASCADE,
    number                integer NOT NULL CHECK (number BETWEEN 1 AND 999),
    title                 text NOT NULL,
    description           text NOT NULL,
    locality_or_theme     text NOT NULL,
    outcomes              jsonb NOT NULL CHECK (jsonb_typeof(outcomes) = 'array'),
    annual_value_pence    bigint NOT NULL CHECK (annual_value_pence >= 0),
    term_months           integer NOT NULL CHECK (term_months BETWEEN 1 AND 240),
    max_awards            integer NOT NULL DEFAULT 1 CHECK (max_awards BETWEEN 1 AND 50),
    version               integer NOT NULL DEFAULT 1,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tender_id, number),
    UNIQUE (id, tender_id)  -- lets criteria and gates require a lot of their own tender
);

-- Criteria of the whole tender have no lot; a lot may override them with its own set.
CREATE TABLE criterion (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tender_id         uuid NOT NULL REFERENCES tender (id) ON DELETE CASCADE,
    lot_id            uuid,
    position          integer NOT NULL,
    title             text NOT NULL,
    bidder_guidance   text NOT NULL,
    panel_guidance    text NOT NULL,
    weight            integer NOT NULL CHECK (weight BETWEEN 1 AND 100),
    word_limit        integer NOT NULL CHECK (word_limit BETWEEN 50 AND 10000),
    min_score         integer CHECK (min_score >= 0),
    UNIQUE NULLS NOT DISTINCT (tender_id, lot_id, position),
    FOREIGN KEY (lot_id, tender_id) REFERENCES lot (id, tender_id) ON DELETE CASCADE
);

CREATE TABLE gate (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tender_id     uuid NOT NULL REFERENCES tender (id) ON DELETE CASCADE,
    lot_id        uuid,
    position      integer NOT NULL,
    kind          text NOT NULL CHECK (kind IN (
                      'care_inspectorate_registration', 'insurance', 'spd_mandatory_exclusions',
                      'spd_discretionary_exclusions', 'fair_work_first', 'rates_catalogue', 'custom')),
    parameters    jsonb NOT NULL CHECK (jsonb_typeof(parameters) = 'object'),
    UNIQUE (tender_id, position),
    FOREIGN KEY (lot_id, tender_id) REFERENCES lot (id, tender_id) ON DELETE CASCADE
);
