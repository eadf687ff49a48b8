-- name: upload_piece_insert
INSERT INTO upload_piece (upload_id, piece, bytes, stored_at)
VALUES ($1, $2, $3, to_timestamp($4 / 1e6));

-- name: upload_discard
DELETE FROM upload_piece
WHERE upload_id = $1;

-- name: uploads_abandoned_discard
DELETE FROM upload_piece
WHERE upload_id IN (
    SELECT upload_id
    FROM upload_piece
    GROUP BY upload_id
    HAVING max(stored_at) < to_timestamp($1 / 1e6)
);
