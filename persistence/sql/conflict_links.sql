-- name: panellist_links
SELECT l.organisation_id, o.name, l.kind, l.note, o.kind
FROM panellist_link l
JOIN organisation o ON o.id = l.organisation_id
WHERE l.user_id = $1
UNION ALL
SELECT NULL::uuid, u.name, u.kind, u.note, NULL
FROM panellist_unregistered_link u
WHERE u.user_id = $1
ORDER BY 2, 3;

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
SELECT l.organisation_id, o.name, l.kind, l.note, o.kind
FROM panellist_link l
JOIN organisation o ON o.id = l.organisation_id
JOIN consortium_member m ON m.organisation_id = l.organisation_id AND m.status = 'accepted'
JOIN bid b ON b.consortium_id = m.consortium_id
WHERE b.id = $1 AND l.user_id = $2
ORDER BY o.name, l.kind;

-- name: conflict_flags_uncleared
SELECT count(DISTINCT l.user_id)::int
FROM panellist_link l
JOIN consortium_member m ON m.organisation_id = l.organisation_id AND m.status = 'accepted'
JOIN bid b ON b.consortium_id = m.consortium_id
JOIN panel_member p ON p.user_id = l.user_id AND p.panel_id = $2
WHERE b.id = $1 AND NOT EXISTS (
    SELECT 1
    FROM conflict_flag_clearance c
    WHERE c.bid_id = b.id AND c.user_id = l.user_id
);

-- name: conflict_flag_clearance
SELECT reason, cleared_by, micros(cleared_at)
FROM conflict_flag_clearance
WHERE bid_id = $1 AND user_id = $2;

-- name: conflict_flag_withdraw
DELETE FROM conflict_flag_clearance
WHERE bid_id = $1 AND user_id = $2;

-- name: conflict_flag_clear
INSERT INTO conflict_flag_clearance (bid_id, user_id, reason, cleared_by, cleared_at)
VALUES ($1, $2, $3, $4, to_timestamp($5 / 1e6))
ON CONFLICT (bid_id, user_id)
DO UPDATE SET reason = excluded.reason, cleared_by = excluded.cleared_by, cleared_at = excluded.cleared_at;
