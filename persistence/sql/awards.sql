-- name: lot_tender
SELECT tender_id
FROM lot
WHERE id = $1;

-- name: tie_break_delete
DELETE FROM tie_break
WHERE lot_id = $1;

-- name: tie_break_insert
INSERT INTO tie_break (lot_id, bid_id, position, reason, decided_by, decided_at)
VALUES ($1, $2, $3, $4, $5, to_timestamp($6 / 1e6));

-- name: tie_break_list
SELECT bid_id, position, reason
FROM tie_break
WHERE lot_id = $1
ORDER BY position;

-- name: lot_ranking_stored
SELECT generation, CASE WHEN computed_generation = generation AND format = $2 THEN body END
FROM lot_ranking
WHERE lot_id = $1;

-- name: lot_ranking_read
-- Everything reading a ranking kept ready needs, in one round trip: the lot's
-- tender (for who may see it and its stage), whether the lot is cancelled, and
-- the stored ranking.
SELECT t.*, l.cancelled_at IS NOT NULL AS cancelled, coalesce(r.generation, 0) AS generation,
    CASE WHEN r.computed_generation = r.generation AND r.format = $2 THEN r.body END AS body
FROM lot l
JOIN tender_record t ON t.id = l.tender_id
LEFT JOIN lot_ranking r ON r.lot_id = l.id
WHERE l.id = $1;

-- name: lot_ranking_store
INSERT INTO lot_ranking (lot_id, generation, computed_generation, body, format)
VALUES ($1, $2, $2, $3, $4)
ON CONFLICT (lot_id)
DO UPDATE SET computed_generation = EXCLUDED.computed_generation, body = EXCLUDED.body, format =
    EXCLUDED.format
WHERE lot_ranking.generation = EXCLUDED.computed_generation;

-- name: award_decision_insert
-- The decision and its proposed awards ($7: bid ids joined by commas).
WITH decision AS (INSERT INTO award_decision (lot_id, tender_id, override_reason, decided_by, decided_at,
    standstill_ends_at) VALUES ($1, $2, $3, $4, to_timestamp($5 / 1e6), to_timestamp($6 / 1e6)) RETURNING
    lot_id)
INSERT INTO award (lot_id, bid_id, status)
SELECT decision.lot_id, b, 'proposed'
FROM decision
CROSS JOIN unnest(string_to_array($7, ',')::uuid[]) b
RETURNING id, bid_id;

-- name: award_decision_by_lot
SELECT *
FROM award_decision_record d
WHERE d.lot_id = $1;

-- name: award_decision_list
SELECT d.*
FROM award_decision_record d
JOIN lot l ON l.id = d.lot_id
WHERE d.tender_id = $1
ORDER BY l.number;

-- name: award_by_id
SELECT *
FROM award_record
WHERE id = $1;

-- name: award_by_id_for_update
SELECT *
FROM award_record
WHERE id = $1
FOR UPDATE;

-- name: award_set_status
UPDATE award
SET status = $2, suspension_reason = $3
WHERE id = $1;

-- name: award_confirm
UPDATE award
SET status = 'confirmed', contract_start = $2::date, contract_term_months = $3, contract_extension_months =
    $4, contract_value_pence = $5, confirmed_at = to_timestamp($6 / 1e6)
WHERE id = $1;
