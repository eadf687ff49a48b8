-- name: section_list
SELECT s.section, s.owner_organisation_id, s.owner_user_id, s.approver_user_id, s.due_date::text, s.status,
    s.changes_reason, (
    SELECT count(*)
    FROM bid_section_version v
    WHERE v.bid_id = s.bid_id AND v.section = s.section
)::int AS versions
FROM bid_section s
WHERE s.bid_id = $1;

-- name: section_assign
INSERT INTO bid_section (bid_id, section, owner_organisation_id, owner_user_id, approver_user_id, due_date)
VALUES ($1, $2, $3, $4, $5, $6::date)
ON CONFLICT (bid_id, section)
DO UPDATE SET owner_organisation_id = excluded.owner_organisation_id, owner_user_id = excluded.owner_user_id,
    approver_user_id = excluded.approver_user_id, due_date = excluded.due_date;

-- name: sections_set_status
-- Sections $2 ([{bid_id, section}]) take status $1.
INSERT INTO bid_section (bid_id, section, status, changes_reason)
SELECT s.bid_id, s.section, $1, NULL
FROM json_to_recordset($2::json) AS s(bid_id uuid, section text)
ON CONFLICT (bid_id, section)
DO UPDATE SET status = excluded.status, changes_reason = NULL;

-- name: section_set_status
INSERT INTO bid_section (bid_id, section, status, changes_reason)
VALUES ($1, $2, $3, $4)
ON CONFLICT (bid_id, section)
DO UPDATE SET status = excluded.status, changes_reason = excluded.changes_reason;

-- name: section_versions_save
-- Each changed section ($2: [{"section", "content"}], content as JSON text or null)
-- gets its next version and is in progress again.
WITH changed AS (
    SELECT * FROM json_to_recordset($2::json) AS c(section text, content text)
), saved AS (
    INSERT INTO bid_section_version (bid_id, section, version, content, saved_by, saved_at, restored_from,
        source_answer_id)
    SELECT $1, c.section,
        coalesce((SELECT max(v.version) FROM bid_section_version v WHERE v.bid_id = $1 AND v.section = c.section), 0)
            + 1,
        c.content::jsonb, $3, to_timestamp($4 / 1e6), $5, $6
    FROM changed c
)
INSERT INTO bid_section (bid_id, section, status, changes_reason)
SELECT $1, section, 'in_progress', NULL
FROM changed
ON CONFLICT (bid_id, section)
DO UPDATE SET status = excluded.status, changes_reason = excluded.changes_reason;

-- name: section_version_list
SELECT v.version, v.content::text, v.saved_by, u.display_name AS saved_by_name, micros(v.saved_at) AS saved_at,
    v.restored_from
FROM bid_section_version v
JOIN app_user u ON u.id = v.saved_by
WHERE v.bid_id = $1 AND v.section = $2
ORDER BY v.version DESC;

-- name: submission_section_list
SELECT ss.version AS section_version, s.stage, s.version AS submission_version
FROM submission_section ss
JOIN bid_submission s ON s.id = ss.submission_id
WHERE s.bid_id = $1 AND ss.section = $2
ORDER BY s.version;

-- name: sign_off_upsert
INSERT INTO bid_sign_off (bid_id, organisation_id, user_id, draft_sha256, signed_at)
VALUES ($1, $2, $3, $4, to_timestamp($5 / 1e6))
ON CONFLICT (bid_id, organisation_id)
DO UPDATE SET user_id = excluded.user_id, draft_sha256 = excluded.draft_sha256, signed_at =
    excluded.signed_at, voided_at = NULL;

-- name: sign_off_void
UPDATE bid_sign_off
SET voided_at = to_timestamp($3 / 1e6)
WHERE bid_id = $1 AND draft_sha256 <> $2 AND voided_at IS NULL
RETURNING organisation_id;

-- name: consortium_people
SELECT u.id, u.organisation_id, u.display_name, u.authorised_signatory
FROM app_user u
JOIN consortium_member m ON m.organisation_id = u.organisation_id
WHERE m.consortium_id = $1 AND m.status = 'accepted' AND u.role = 'provider'
ORDER BY u.display_name, u.id;

-- name: sign_off_list
SELECT s.organisation_id, s.user_id, u.display_name AS user_name, s.draft_sha256, micros(s.signed_at) AS signed_at
FROM bid_sign_off s
JOIN app_user u ON u.id = s.user_id
WHERE s.bid_id = $1
ORDER BY s.signed_at;

-- name: comment_insert
INSERT INTO section_comment (bid_id, section, parent_id, author_user_id, body, mentions, created_at)
VALUES ($1, $2, $3, $4, $5, $6::jsonb, to_timestamp($7 / 1e6))
RETURNING id;

-- name: comment_list
SELECT *
FROM comment_record c
WHERE c.bid_id = $1 AND ($2 = '' OR c.section = $2)
ORDER BY c.created_at, c.id;

-- name: comment_by_id
SELECT *
FROM comment_record c
WHERE c.bid_id = $1 AND c.id = $2;

-- name: comment_resolve
UPDATE section_comment
SET resolved_at = CASE WHEN $2 THEN to_timestamp($4 / 1e6) END, resolved_by = CASE WHEN $2 THEN $3::uuid END
WHERE id = $1;

-- name: presence_upsert
INSERT INTO section_presence (bid_id, section, user_id, mode, seen_at)
VALUES ($1, $2, $3, $4, to_timestamp($5 / 1e6))
ON CONFLICT (bid_id, section, user_id)
DO UPDATE SET mode = excluded.mode, seen_at = excluded.seen_at;

-- name: presence_delete
DELETE FROM section_presence
WHERE bid_id = $1 AND section = $2 AND user_id = $3;

-- name: presence_list
SELECT p.section, p.user_id, u.display_name, u.organisation_id, p.mode, micros(p.seen_at) AS seen_at
FROM section_presence p
JOIN app_user u ON u.id = p.user_id
WHERE p.bid_id = $1 AND p.seen_at > to_timestamp($2 / 1e6)
ORDER BY p.section, u.display_name;
