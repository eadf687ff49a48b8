-- name: bid_insert
INSERT INTO bid (consortium_id, tender_id, lot_id, created_by, created_at, updated_at)
VALUES ($1, $2, $3, $4, to_timestamp($5 / 1e6), to_timestamp($5 / 1e6))
RETURNING id;

-- name: bid_list_of_consortia
-- $1: consortium ids joined by commas.
SELECT *
FROM bid_record
WHERE consortium_id = ANY (string_to_array($1, ',')::uuid[])
ORDER BY created_at, id;

-- name: bid_consortium_names
SELECT b.id, c.name
FROM bid b
JOIN consortium c ON c.id = b.consortium_id
WHERE b.lot_id = $1;

-- name: bid_update_draft
UPDATE bid
SET draft = $3::jsonb, draft_version = draft_version + 1, updated_at = to_timestamp($4 / 1e6)
WHERE id = $1 AND draft_version = $2
RETURNING draft_version;

-- name: submission_list
SELECT *
FROM submission_record
WHERE bid_id = $1
ORDER BY version;

-- name: submission_list_of_consortium
SELECT s.*
FROM submission_record s
JOIN bid b ON b.id = s.bid_id
WHERE b.consortium_id = $1
ORDER BY s.bid_id, s.version;

-- name: submission_insert
-- A new version: the receipt, the membership locked at the first, the version
-- of each section sent, and the tender's changes answered by sending again.
WITH sent AS (
    INSERT INTO bid_submission (bid_id, stage, version, content, sha256, submitted_by, submitted_at,
        idempotency_key, declaration, signed_draft_sha256)
    VALUES ($1, $2, $3, $4::jsonb, $5, $6, to_timestamp($7 / 1e6), $8, $9, $10)
    -- The columns of submission_record (sql/040_statement_helpers.sql), which a RETURNING cannot name.
    RETURNING id, bid_id, stage, version, content::text AS content, sha256, submitted_by,
        micros(submitted_at) AS submitted_at, idempotency_key, micros(withdrawn_at) AS withdrawn_at, declaration,
        signed_draft_sha256
), membership AS (
    UPDATE consortium SET locked_at = to_timestamp($7 / 1e6) WHERE id = $11 AND locked_at IS NULL
), sections AS (
    INSERT INTO submission_section (submission_id, section, version)
    SELECT (SELECT id FROM sent), section, max(version) FROM bid_section_version WHERE bid_id = $1 GROUP BY section
), answered AS (
    UPDATE bid_reconfirmation SET resolution = 'resubmitted', resolved_by = $6, resolved_at = to_timestamp($7 / 1e6)
    WHERE bid_id = $1 AND stage = $2 AND resolved_at IS NULL
)
SELECT *
FROM sent;

-- name: submission_by_key_or_latest
-- The submission sent with this Idempotency-Key ($2), if any, and the latest.
SELECT *
FROM submission_record
WHERE bid_id = $1
    AND (idempotency_key = $2 OR version = (SELECT max(version) FROM bid_submission WHERE bid_id = $1));

-- name: submission_withdraw
UPDATE bid_submission
SET withdrawn_at = to_timestamp($2 / 1e6)
WHERE id = $1;

-- name: bid_counts
-- The latest submission of each bid decides whether the bid stands.
SELECT l.id, count(s.id)::int
FROM lot l
LEFT JOIN bid b ON b.lot_id = l.id
LEFT JOIN LATERAL (
    SELECT id, withdrawn_at
    FROM bid_submission
    WHERE bid_id = b.id
    ORDER BY version DESC
    LIMIT 1
) s ON s.withdrawn_at IS NULL
WHERE l.tender_id = $1
GROUP BY l.id, l.number
ORDER BY l.number;

-- name: bids_share_lock
SELECT 1
FROM bid
WHERE tender_id = $1
FOR SHARE;

-- name: submissions_standing
-- The standing submissions of tender $1's bids (of lot $3, if not null) in stage $2.
SELECT s.*
FROM standing_bid x
JOIN submission_record s ON s.id = x.submission_id
WHERE x.tender_id = $1 AND x.stage = $2 AND ($3::uuid IS NULL OR x.lot_id = $3)
ORDER BY s.submitted_at, s.id;

-- name: submission_stamps_of_consortia
-- $1: consortium ids joined by commas.
SELECT s.bid_id, s.stage, s.version, micros(s.submitted_at) AS submitted_at, micros(s.withdrawn_at) AS withdrawn_at
FROM bid_submission s
JOIN bid b ON b.id = s.bid_id
WHERE b.consortium_id = ANY (string_to_array($1, ',')::uuid[])
ORDER BY s.submitted_at, s.id;

-- name: lot_bids_standing_by_stage
-- The bids of lot $1 standing in each stage, by stage and submission time.
SELECT x.stage, x.bid_id
FROM standing_bid x
JOIN bid_submission s ON s.id = x.submission_id
WHERE x.lot_id = $1
ORDER BY x.stage, s.submitted_at, s.id;

-- name: bids_standing
-- The bids standing in stage $2 of tender $1 (of lot $3, if not null), by submission time.
SELECT x.bid_id, x.lot_id, b.consortium_id, micros(s.submitted_at) AS submitted_at, c.name AS consortium
FROM standing_bid x
JOIN bid_submission s ON s.id = x.submission_id
JOIN bid b ON b.id = x.bid_id
JOIN consortium c ON c.id = b.consortium_id
WHERE x.tender_id = $1 AND x.stage = $2 AND ($3::uuid IS NULL OR x.lot_id = $3)
ORDER BY s.submitted_at, s.id;

-- name: bids_standing_in_stages
-- The same for several tenders, each in its own stage ($1: tender ids, $2: their
-- stages, each joined by commas).
SELECT x.bid_id, x.lot_id, b.consortium_id, micros(s.submitted_at) AS submitted_at, c.name AS consortium
FROM unnest(string_to_array($1, ',')::uuid[], string_to_array($2, ',')::int[]) AS w(tender_id, stage)
JOIN standing_bid x ON x.tender_id = w.tender_id AND x.stage = w.stage
JOIN bid_submission s ON s.id = x.submission_id
JOIN bid b ON b.id = x.bid_id
JOIN consortium c ON c.id = b.consortium_id
ORDER BY s.submitted_at, s.id;

-- name: submission_standing_for_bid
SELECT s.*
FROM standing_bid x
JOIN submission_record s ON s.id = x.submission_id
WHERE x.bid_id = $1 AND x.stage = $2;

-- name: reconfirmation_insert
-- Each bid of $1 (ids joined by commas) must reconfirm for clarification $2.
INSERT INTO bid_reconfirmation (bid_id, clarification_id, stage, required_at)
SELECT b, $2, $3, to_timestamp($4 / 1e6)
FROM unnest(string_to_array($1, ',')::uuid[]) b
ON CONFLICT
DO NOTHING;

-- name: reconfirmation_list
SELECT r.bid_id, r.clarification_id, r.stage, micros(r.required_at) AS required_at, r.resolution, r.resolved_by,
    micros(r.resolved_at) AS resolved_at, u.display_name AS resolved_by_name
FROM bid_reconfirmation r
LEFT JOIN app_user u ON u.id = r.resolved_by
WHERE r.bid_id = $1
ORDER BY r.required_at, r.clarification_id;

-- name: reconfirmation_list_of_consortia
-- $1: consortium ids joined by commas.
SELECT r.bid_id, r.clarification_id, r.stage, micros(r.required_at) AS required_at, r.resolution, r.resolved_by,
    micros(r.resolved_at) AS resolved_at, u.display_name AS resolved_by_name
FROM bid_reconfirmation r
JOIN bid b ON b.id = r.bid_id
LEFT JOIN app_user u ON u.id = r.resolved_by
WHERE b.consortium_id = ANY (string_to_array($1, ',')::uuid[])
ORDER BY r.required_at, r.clarification_id;

-- name: reconfirmation_open_of_lot
SELECT r.bid_id, r.clarification_id, r.stage, micros(r.required_at) AS required_at, r.resolution, r.resolved_by,
    micros(r.resolved_at) AS resolved_at, NULL::text AS resolved_by_name
FROM bid_reconfirmation r
JOIN bid b ON b.id = r.bid_id
WHERE b.lot_id = $1 AND r.resolved_at IS NULL
ORDER BY r.required_at, r.bid_id;

-- name: reconfirmation_resolve
UPDATE bid_reconfirmation
SET resolution = $3, resolved_by = $4, resolved_at = to_timestamp($5 / 1e6)
WHERE bid_id = $1 AND stage = $2 AND resolved_at IS NULL;
