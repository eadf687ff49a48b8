-- name: checklist_history
SELECT version, elements::text, edited_by, micros(edited_at) AS edited_at
FROM checklist_version
WHERE tender_id = $1
ORDER BY version DESC;

-- name: checklist_insert
INSERT INTO checklist_version (tender_id, version, elements, edited_by, edited_at)
VALUES ($1, $2, $3::jsonb, $4, to_timestamp($5 / 1e6));
