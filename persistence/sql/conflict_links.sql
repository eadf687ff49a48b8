-- name: panellist_links
-- $1: user ids joined by commas. Each one's links, by name then kind.
SELECT l.user_id, l.organisation_id, o.name, l.kind, l.note, o.kind AS organisation_kind
FROM panellist_link l
JOIN organisation o ON o.id = l.organisation_id
WHERE l.user_id = ANY (string_to_array($1, ',')::uuid[])
UNION ALL
SELECT u.user_id, NULL::uuid, u.name, u.kind, u.note, NULL
FROM panellist_unregistered_link u
WHERE u.user_id = ANY (string_to_array($1, ',')::uuid[])
ORDER BY 1, 3, 4;

-- name: panellist_links_clear
DELETE FROM panellist_link
WHERE user_id = $1;

-- name: panellist_unregistered_links_clear
DELETE FROM panellist_unregistered_link
WHERE user_id = $1;

-- name: panellist_unregistered_link_add
INSERT INTO panellist_unregistered_link (user_id, name, kind, note)
VALUES ($1, btrim($2), $3, $4)
ON CONFLICT
DO NOTHING;

-- name: panellist_link_add
INSERT INTO panellist_link (user_id, organisation_id, kind, note)
VALUES ($1, $2, $3, $4)
ON CONFLICT
DO NOTHING;

-- name: panellist_linked_partners
-- Panellists' links to accepted partners of tender $1's bids (only bid $2 and
-- panellist $3 when they are not null): the pre-flags.
SELECT b.id AS bid_id, l.user_id, l.organisation_id, o.name, l.kind, l.note, o.kind AS organisation_kind
FROM panellist_link l
JOIN organisation o ON o.id = l.organisation_id
JOIN consortium_member m ON m.organisation_id = l.organisation_id AND m.status = 'accepted'
JOIN bid b ON b.consortium_id = m.consortium_id
WHERE b.tender_id = $1 AND ($2::uuid IS NULL OR b.id = $2) AND ($3::uuid IS NULL OR l.user_id = $3)
ORDER BY o.name, l.kind;

-- name: conflict_flag_clearances
-- The commissioner's clearances of those pre-flags, with who cleared them.
SELECT c.bid_id, c.user_id, c.reason, c.cleared_by, micros(c.cleared_at) AS cleared_at, u.display_name
FROM conflict_flag_clearance c
JOIN bid b ON b.id = c.bid_id
LEFT JOIN app_user u ON u.id = c.cleared_by
WHERE b.tender_id = $1 AND ($2::uuid IS NULL OR c.bid_id = $2) AND ($3::uuid IS NULL OR c.user_id = $3);

-- name: conflict_flag_withdraw
DELETE FROM conflict_flag_clearance
WHERE bid_id = $1 AND user_id = $2;

-- name: conflict_flag_clear
INSERT INTO conflict_flag_clearance (bid_id, user_id, reason, cleared_by, cleared_at)
VALUES ($1, $2, $3, $4, to_timestamp($5 / 1e6))
ON CONFLICT (bid_id, user_id)
DO UPDATE SET reason = excluded.reason, cleared_by = excluded.cleared_by, cleared_at = excluded.cleared_at;
