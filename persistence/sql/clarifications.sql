-- name: clarification_insert
INSERT INTO clarification (tender_id, lot_id, asked_by_organisation, asked_by_user, question, asked_at)
VALUES ($1, $2, $3, $4, $5, to_timestamp($6 / 1e6))
RETURNING id;

-- name: clarification_by_id
SELECT *
FROM clarification_record c
WHERE c.tender_id = $1 AND c.id = $2;

-- name: clarification_by_id_for_update
SELECT *
FROM clarification_record c
WHERE c.tender_id = $1 AND c.id = $2
FOR UPDATE OF c;

-- name: clarification_list
SELECT *
FROM clarification_record c
WHERE c.tender_id = $1 AND ($2 OR c.published_at IS NOT NULL OR c.asked_by_organisation = $3::uuid)
ORDER BY c.asked_at, c.id;

-- name: clarification_answer
UPDATE clarification
SET answer = $2, answered_by = $3, answered_at = to_timestamp($4 / 1e6)
WHERE id = $1;

-- name: clarification_publish
UPDATE clarification
SET published_question = $2, lot_correction = $3::jsonb, published_at = to_timestamp($4 / 1e6),
    changes_tender_documents = $5
WHERE id = $1;
