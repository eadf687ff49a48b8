-- name: info_session_insert
INSERT INTO information_session (tender_id, starts_at, ends_at, place, online_link, capacity)
VALUES ($1, to_timestamp($2 / 1e6), to_timestamp($3 / 1e6), $4, $5, $6)
RETURNING id;

-- name: info_session_list
SELECT *
FROM session_record s
WHERE s.tender_id = $1
ORDER BY s.starts_at, s.id;

-- name: info_session_lock
SELECT 1
FROM information_session
WHERE tender_id = $1 AND id = $2
FOR UPDATE;

-- name: info_session_by_id
SELECT *
FROM session_record s
WHERE s.tender_id = $1 AND s.id = $2;

-- name: info_session_delete
DELETE FROM information_session
WHERE id = $1;

-- name: booking_insert
INSERT INTO session_booking (session_id, organisation_id, user_id, status)
VALUES ($1, $2, $3, $4)
RETURNING id;

-- name: booking_list
-- The bookings of the sessions in $1 (ids joined by commas), in queue order.
-- Waiting position counts earlier waiting bookings, by booking time.
SELECT b.id, b.session_id, b.organisation_id, o.name AS organisation_name, b.user_id, b.status,
    micros(b.booked_at) AS booked_at, CASE WHEN b.status = 'waiting' THEN (
    SELECT count(*)
    FROM session_booking w
    WHERE w.session_id = b.session_id AND w.status = 'waiting' AND (w.booked_at, w.id) <= (b.booked_at, b.id)
) ELSE 0 END::int AS waiting_position
FROM session_booking b
JOIN organisation o ON o.id = b.organisation_id
WHERE b.session_id = ANY (string_to_array($1, ',')::uuid[]) AND ($2::uuid IS NULL OR b.organisation_id = $2)
ORDER BY b.booked_at, b.id;

-- name: booking_delete
DELETE FROM session_booking
WHERE id = $1;

-- name: booking_promote
UPDATE session_booking
SET status = 'confirmed'
WHERE id = (
    SELECT id
    FROM session_booking
    WHERE session_id = $1 AND status = 'waiting'
    ORDER BY booked_at, id
    LIMIT 1
)
RETURNING id;

-- name: interest_insert
INSERT INTO lot_interest (lot_id, organisation_id, registered_by)
VALUES ($1, $2, $3)
ON CONFLICT (lot_id, organisation_id)
DO NOTHING;

-- name: interest_delete
DELETE FROM lot_interest
WHERE lot_id = $1 AND organisation_id = $2;

-- name: interest_list
SELECT i.lot_id, l.number AS lot_number, i.organisation_id, o.name AS organisation_name,
    micros(i.registered_at) AS registered_at
FROM lot_interest i
JOIN lot l ON l.id = i.lot_id
JOIN organisation o ON o.id = i.organisation_id
WHERE l.tender_id = $1 AND ($2::uuid IS NULL OR i.organisation_id = $2)
ORDER BY l.number, o.name;
