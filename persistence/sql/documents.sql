-- name: document_insert
-- The document's bytes are its upload's pieces ($9), joined in order.
INSERT INTO bid_document (bid_id, uploaded_by_organisation, uploaded_by, filename, media_type, size_bytes,
    sha256, visibility, content, uploaded_at, requirement)
SELECT $1, $2, $3, $4, $5, $6, $7, $8, string_agg(bytes, ''::bytea ORDER BY piece), to_timestamp($10 / 1e6),
    $11
FROM upload_piece
WHERE upload_id = $9
HAVING sum(octet_length(bytes)) = $6
RETURNING id;

-- name: document_list
SELECT id, bid_id, uploaded_by_organisation, filename, media_type, size_bytes, sha256, visibility,
    micros(uploaded_at) AS uploaded_at, requirement
FROM bid_document
WHERE bid_id = $1 AND ($2::uuid IS NULL OR visibility = 'consortium' OR uploaded_by_organisation = $2)
ORDER BY uploaded_at, id;

-- name: document_piece
SELECT substring(content FROM $2 FOR $3)
FROM bid_document
WHERE id = $1;

-- name: document_delete
DELETE FROM bid_document
WHERE id = $1;

-- name: document_submitted
SELECT EXISTS (
    SELECT 1
    FROM bid_submission
    WHERE bid_id = $1 AND content -> 'documents' @> jsonb_build_array(jsonb_build_object('id', $2::text))
);
