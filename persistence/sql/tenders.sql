-- name: tender_insert
INSERT INTO tender (organisation_id, reference, title, description, cpv_codes, procedure,
    contract_term_months, extension_months, estimated_value_pence, outcomes, partnership_bids_expected,
    partnership_statement, price_weight, quality_threshold, scoring_scale, clarification_cutoff,
    stage1_deadline, stage2_deadline, standstill_days, created_by, pin_summary, minimum_bids_stage1,
    minimum_bids_stage2)
VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10::jsonb, $11, $12, $13, $14, $15::jsonb,
    to_timestamp($16 / 1e6), to_timestamp($17 / 1e6), to_timestamp($18 / 1e6), $19, $20, $21, $22, $23)
RETURNING id;

-- name: tender_by_id
SELECT *
FROM tender_record
WHERE id = $1;

-- name: tender_list_by_ids
-- $1: tender ids joined by commas.
SELECT *
FROM tender_record
WHERE id = ANY (string_to_array($1, ',')::uuid[]);

-- name: tender_by_id_for_update
SELECT *
FROM tender_record
WHERE id = $1
FOR UPDATE;

-- name: tender_update
UPDATE tender
SET reference = $3, title = $4, description = $5, cpv_codes = $6::jsonb, contract_term_months = $7,
    extension_months = $8, estimated_value_pence = $9, outcomes = $10::jsonb, partnership_bids_expected = $11,
    partnership_statement = $12, price_weight = $13, quality_threshold = $14, scoring_scale = $15::jsonb,
    clarification_cutoff = to_timestamp($16 / 1e6), stage1_deadline = to_timestamp($17 / 1e6), stage2_deadline =
    to_timestamp($18 / 1e6), standstill_days = $19, pin_summary = $20, minimum_bids_stage1 = $21,
    minimum_bids_stage2 = $22, version = version + 1, updated_at = now()
WHERE id = $1 AND version = $2
RETURNING version;

-- name: tender_stage_deadline
UPDATE tender
SET stage1_deadline = CASE WHEN $2 = 1 THEN to_timestamp($3 / 1e6) ELSE stage1_deadline END, stage2_deadline =
    CASE WHEN $2 = 2 THEN to_timestamp($3 / 1e6) ELSE stage2_deadline END, version = version + 1, updated_at =
    now()
WHERE id = $1;

-- name: tender_has_bids
SELECT EXISTS (SELECT 1 FROM bid WHERE tender_id = $1);

-- name: tender_bump_version
UPDATE tender
SET version = version + 1, updated_at = now()
WHERE id = $1 AND version = $2
RETURNING version;

-- name: tender_set_status
UPDATE tender
SET status = $2, cancel_reason = $3, was_published = was_published OR $2 NOT IN ('draft', 'cancelled'),
    pin_published_at = CASE WHEN $2 = 'pin_published' THEN to_timestamp($4 / 1e6) ELSE pin_published_at END,
    stage1_opened_at = CASE WHEN $2 = 'stage1_open' THEN to_timestamp($4 / 1e6) ELSE stage1_opened_at END,
    version = version + 1, updated_at = now()
WHERE id = $1
-- The columns of tender_record (sql/040_statement_helpers.sql), which a RETURNING cannot name.
RETURNING id, organisation_id, reference, title, description, cpv_codes::text AS cpv_codes, procedure,
    contract_term_months, extension_months, estimated_value_pence, outcomes::text AS outcomes,
    partnership_bids_expected, partnership_statement, price_weight, quality_threshold,
    scoring_scale::text AS scoring_scale, micros(clarification_cutoff) AS clarification_cutoff,
    micros(stage1_deadline) AS stage1_deadline, micros(stage2_deadline) AS stage2_deadline, standstill_days, status,
    was_published, cancel_reason, version, micros(created_at) AS created_at, micros(updated_at) AS updated_at,
    pin_summary, micros(pin_published_at) AS pin_published_at, micros(stage1_opened_at) AS stage1_opened_at,
    minimum_bids_stage1, minimum_bids_stage2,
    (SELECT o.name FROM organisation o WHERE o.id = tender.organisation_id) AS organisation_name;

-- name: tender_clarification_count
SELECT count(*)
FROM clarification
WHERE tender_id = $1;

-- name: tender_list
-- Tenders of status $1 (any, if null) that organisation $2 may see: its own, and
-- unless $3 (its own only) the published ones.
SELECT *
FROM tender_record
WHERE ($1::text IS NULL OR status = $1)
    AND (organisation_id = $2::uuid OR (NOT $3::boolean AND tender_published(status, was_published)))
ORDER BY created_at DESC, id
LIMIT $4
OFFSET $5;

-- name: tender_count
SELECT count(*)
FROM tender
WHERE ($1::text IS NULL OR status = $1)
    AND (organisation_id = $2::uuid OR (NOT $3::boolean AND tender_published(status, was_published)));

-- name: lot_insert
INSERT INTO lot (tender_id, number, title, description, locality_or_theme, outcomes, annual_value_pence,
    term_months, max_awards)
VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9)
RETURNING id;

-- name: lot_by_id
SELECT *
FROM lot_record
WHERE tender_id = $1 AND id = $2;

-- name: lot_with_tender
-- A lot and its tender in one row, each record as JSON (their column names overlap).
SELECT to_json(t)::text AS tender, to_json(l)::text AS lot
FROM lot_record l
JOIN tender_record t ON t.id = l.tender_id
WHERE l.id = $1;

-- name: tender_lock_of_lot
-- The lot's tender's row, locked by a statement of its own before lot_with_tender
-- reads: a statement that waits for a row lock still reads the lot as it was when
-- it began (see lock_bid in bid_context.sql).
SELECT t.id FROM lot l JOIN tender t ON t.id = l.tender_id WHERE l.id = $1 FOR UPDATE OF t;

-- name: lot_list
SELECT *
FROM lot_record
WHERE tender_id = $1
ORDER BY number;

-- name: lot_list_of_tenders
-- $1: tender ids joined by commas (a page of a list).
SELECT *
FROM lot_record
WHERE tender_id = ANY (string_to_array($1, ',')::uuid[])
ORDER BY tender_id, number;

-- name: interest_lots_of_tenders
SELECT i.lot_id
FROM lot_interest i
JOIN lot l ON l.id = i.lot_id
WHERE l.tender_id = ANY (string_to_array($1, ',')::uuid[]) AND i.organisation_id = $2;

-- name: lot_update
UPDATE lot
SET number = $4, title = $5, description = $6, locality_or_theme = $7, outcomes = $8::jsonb,
    annual_value_pence = $9, term_months = $10, max_awards = $11, version = version + 1, updated_at = now()
WHERE tender_id = $1 AND id = $2 AND version = $3
RETURNING version;

-- name: lot_delete
DELETE FROM lot
WHERE tender_id = $1 AND id = $2;

-- name: lot_cancel
UPDATE lot
SET cancelled_at = to_timestamp($4 / 1e6), cancel_reason = $2, cancelled_by = $3, version = version + 1,
    updated_at = now()
WHERE id = $1 AND cancelled_at IS NULL;

-- name: minimum_waiver_insert
INSERT INTO lot_minimum_waiver (lot_id, stage, bids, reason, waived_by, waived_at)
VALUES ($1, $2, $3, $4, $5, to_timestamp($6 / 1e6));

-- name: minimum_waiver_list
SELECT w.lot_id, w.stage, w.bids, w.reason, w.waived_by, micros(w.waived_at) AS waived_at
FROM lot_minimum_waiver w
JOIN lot l ON l.id = w.lot_id
WHERE l.tender_id = $1
ORDER BY l.number, w.stage;

-- name: criteria_delete
DELETE FROM criterion
WHERE tender_id = $1 AND lot_id IS NOT DISTINCT FROM $2::uuid;

-- name: criterion_insert
INSERT INTO criterion (tender_id, lot_id, position, title, bidder_guidance, panel_guidance, weight,
    word_limit, min_score)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9);

-- name: criteria_list
SELECT title, bidder_guidance, panel_guidance, weight, word_limit, min_score
FROM criterion
WHERE tender_id = $1 AND lot_id IS NOT DISTINCT FROM $2::uuid
ORDER BY position;

-- name: criteria_of_tender
SELECT title, bidder_guidance, panel_guidance, weight, word_limit, min_score, lot_id
FROM criterion
WHERE tender_id = $1
ORDER BY lot_id NULLS FIRST, position;

-- name: gates_delete
DELETE FROM gate
WHERE tender_id = $1;

-- name: gate_insert
INSERT INTO gate (tender_id, lot_id, position, kind, parameters)
VALUES ($1, $2, $3, $4, $5::jsonb);

-- name: required_documents_delete
DELETE FROM required_document
WHERE tender_id = $1;

-- name: required_document_insert
INSERT INTO required_document (tender_id, position, title, guidance)
VALUES ($1, $2, $3, $4);

-- name: required_document_list
SELECT title, guidance
FROM required_document
WHERE tender_id = $1
ORDER BY position;

-- name: gate_list_of_tenders
-- $1: tender ids joined by commas.
SELECT tender_id, lot_id, kind, parameters::text
FROM gate
WHERE tender_id = ANY (string_to_array($1, ',')::uuid[])
ORDER BY tender_id, position;
