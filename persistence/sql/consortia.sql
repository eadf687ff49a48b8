-- name: partner_listing_save
INSERT INTO partner_listing (lot_id, organisation_id, offers, localities, roles, contact_name, contact_email,
    updated_by, updated_at)
VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7, $8, to_timestamp($9 / 1e6))
ON CONFLICT (lot_id, organisation_id)
DO UPDATE SET offers = excluded.offers, localities = excluded.localities, roles = excluded.roles, contact_name
    = excluded.contact_name, contact_email = excluded.contact_email, updated_by = excluded.updated_by,
    updated_at = excluded.updated_at;

-- name: partner_listing_delete
DELETE FROM partner_listing
WHERE lot_id = $1 AND organisation_id = $2;

-- name: partner_listing_list
SELECT p.lot_id, p.organisation_id, o.name AS organisation_name, p.offers, p.localities::text, p.roles::text,
    p.contact_name, p.contact_email, micros(p.updated_at) AS updated_at
FROM partner_listing p
JOIN organisation o ON o.id = p.organisation_id
WHERE p.lot_id = $1
ORDER BY o.name;

-- name: consortium_insert
INSERT INTO consortium (tender_id, name, lead_organisation_id, created_by, created_at)
VALUES ($1, $2, $3, $4, to_timestamp($5 / 1e6))
RETURNING id;

-- name: consortium_lead_insert
INSERT INTO consortium_member (consortium_id, organisation_id, role, share_bp, status, invited_at,
    answered_at, answered_by)
VALUES ($1, $2, 'lead', $3, 'accepted', to_timestamp($4 / 1e6), to_timestamp($4 / 1e6), $5);

-- name: consortium_by_id
-- Read by find_consortium(): the consortium, then its members.
SELECT c.*, consortium_members_json(c.id) AS members
FROM consortium_record c
WHERE c.id = $1;

-- name: consortium_lock
-- The consortium's row, locked by a statement of its own before consortium_by_id
-- reads: a statement that waits for a row lock still reads the members as they
-- were when it began (see lock_bid in bid_context.sql).
SELECT id FROM consortium WHERE id = $1 FOR UPDATE;

-- name: consortium_list
SELECT c.*, consortium_members_json(c.id) AS members
FROM consortium_record c
WHERE c.tender_id = $1 AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM consortium_member m WHERE
    m.consortium_id = c.id AND m.organisation_id = $2 AND m.status = 'accepted'))
ORDER BY c.created_at, c.id;

-- name: consortium_list_of_organisation
SELECT c.*, consortium_members_json(c.id) AS members
FROM consortium_record c
WHERE EXISTS (
    SELECT 1
    FROM consortium_member m
    WHERE m.consortium_id = c.id AND m.organisation_id = $1 AND m.status = 'accepted'
)
ORDER BY c.created_at DESC, c.id;

-- name: consortium_list_inviting
-- The consortia that have invited organisation $1 and await its answer.
SELECT c.*, consortium_members_json(c.id) AS members
FROM consortium_record c
WHERE EXISTS (
    SELECT 1
    FROM consortium_member m
    WHERE m.consortium_id = c.id AND m.organisation_id = $1 AND m.status = 'invited'
)
ORDER BY c.created_at DESC, c.id;

-- name: bid_lots_of_consortia
-- $1: consortium ids joined by commas. The lot of each of their bids, in the
-- order the bids were started.
SELECT b.consortium_id AS bid_consortium_id, l.*
FROM bid b
JOIN lot_record l ON l.id = b.lot_id AND l.tender_id = b.tender_id
WHERE b.consortium_id = ANY (string_to_array($1, ',')::uuid[])
ORDER BY b.consortium_id, b.created_at, b.id;

-- name: consortium_bump
UPDATE consortium
SET version = version + 1
WHERE id = $1
RETURNING version;

-- name: consortium_set_mou
UPDATE consortium
SET mou_sha256 = $2, mou_filename = $3, mou_media_type = $4, mou_content = (
    SELECT string_agg(bytes, ''::bytea ORDER BY piece)
    FROM upload_piece
    WHERE upload_id = $5
)
WHERE id = $1;

-- name: consortium_mou
SELECT mou_filename, mou_media_type, mou_sha256, octet_length(mou_content) AS mou_size
FROM consortium
WHERE id = $1 AND mou_content IS NOT NULL;

-- name: consortium_mou_piece
SELECT substring(mou_content FROM $2 FOR $3)
FROM consortium
WHERE id = $1;

-- name: member_invite
INSERT INTO consortium_member (consortium_id, organisation_id, role, share_bp, status, invited_at)
VALUES ($1, $2, $3, $4, 'invited', to_timestamp($5 / 1e6))
ON CONFLICT (consortium_id, organisation_id)
DO UPDATE SET role = excluded.role, share_bp = excluded.share_bp, status = 'invited', invited_at =
    excluded.invited_at, answered_at = NULL, answered_by = NULL
WHERE consortium_member.status = 'declined';

-- name: member_update
UPDATE consortium_member
SET role = $3, share_bp = $4
WHERE consortium_id = $1 AND organisation_id = $2;

-- name: member_remove
DELETE FROM consortium_member
WHERE consortium_id = $1 AND organisation_id = $2;

-- name: member_answer
UPDATE consortium_member
SET status = $3, answered_by = $4, answered_at = to_timestamp($5 / 1e6)
WHERE consortium_id = $1 AND organisation_id = $2 AND status = 'invited';

-- name: member_clear_acknowledgements
UPDATE consortium_member
SET acknowledged_mou = NULL, acknowledged_by = NULL, acknowledged_at = NULL
WHERE consortium_id = $1;

-- name: member_acknowledge_mou
UPDATE consortium_member
SET acknowledged_mou = $3, acknowledged_by = $4, acknowledged_at = to_timestamp($5 / 1e6)
WHERE consortium_id = $1 AND organisation_id = $2;

-- name: change_agreement_insert
INSERT INTO consortium_change_agreement (consortium_id, agreed_by, reason, agreed_at)
VALUES ($1, $2, $3, to_timestamp($4 / 1e6));

-- name: consortium_unlock
UPDATE consortium
SET locked_at = NULL
WHERE id = $1;

-- name: invitations_for
SELECT c.id AS consortium_id, c.name AS consortium_name, t.id AS tender_id, t.title AS tender_title,
    o.name AS lead_organisation_name, m.role, m.share_bp, micros(m.invited_at) AS invited_at
FROM consortium_member m
JOIN consortium c ON c.id = m.consortium_id
JOIN tender t ON t.id = c.tender_id
JOIN organisation o ON o.id = c.lead_organisation_id
WHERE m.organisation_id = $1 AND m.status = 'invited'
ORDER BY m.invited_at;
