-- name: answer_insert
INSERT INTO library_answer (organisation_id, title, text, tags, last_reviewed, updated_by, updated_at)
VALUES ($1, $2, $3, $4::jsonb, $5::date, $6, to_timestamp($7 / 1e6))
RETURNING id;

-- name: answer_update
UPDATE library_answer
SET title = $3, text = $4, tags = $5::jsonb, last_reviewed = $6::date, updated_by = $7, updated_at =
    to_timestamp($8 / 1e6), version = version + 1
WHERE id = $1 AND version = $2
RETURNING version;

-- name: answer_delete
DELETE FROM library_answer
WHERE id = $1;

-- name: answer_by_id
SELECT *
FROM answer_record
WHERE organisation_id = $1 AND id = $2;

-- name: answer_search
SELECT a.*
FROM answer_record a
JOIN library_answer x ON x.id = a.id
WHERE a.organisation_id = $1 AND ($2 = '' OR x.search @@ websearch_to_tsquery('english', $2))
ORDER BY CASE WHEN $2 = '' THEN 0 ELSE ts_rank(x.search, websearch_to_tsquery('english', $2)) END DESC,
    a.updated_at DESC, a.id
LIMIT $3
OFFSET $4;
