-- name: organisation_insert
INSERT INTO organisation (name, kind, charity_number, company_number, care_inspectorate_number,
    postal_address)
VALUES ($1, $2, $3, $4, $5, $6)
RETURNING id;

-- name: organisation_by_id
SELECT id, name, kind, charity_number, company_number, care_inspectorate_number, postal_address
FROM organisation
WHERE id = $1;

-- name: organisation_search
SELECT id, name, kind, charity_number, company_number, care_inspectorate_number
FROM organisation
WHERE ($4::text IS NULL OR kind = $4) AND id <> $1 AND name ILIKE '%' || replace(replace(replace($2, '\',
    '\\'), '%', '\%'), '_', '\_') || '%'
ORDER BY name, id
LIMIT $3;

-- name: user_insert
INSERT INTO app_user (organisation_id, email, display_name, role, password_hash, authorised_signatory)
VALUES ($1, $2, $3, $4, $5, $6)
RETURNING id;

-- name: user_by_email
SELECT id, organisation_id, email, display_name, role, password_hash, authorised_signatory
FROM app_user
WHERE lower(email) = lower($1);

-- name: user_by_id
SELECT id, organisation_id, email, display_name, role, password_hash, authorised_signatory
FROM app_user
WHERE id = $1;

-- name: user_names
-- The display names of the ids in $1 (joined by commas).
SELECT id, display_name
FROM app_user
WHERE id = ANY (string_to_array($1, ',')::uuid[]);

-- name: user_set_signatory
UPDATE app_user
SET authorised_signatory = $2
WHERE id = $1;

-- name: user_any_admin
SELECT EXISTS (SELECT 1 FROM app_user WHERE role = 'admin');

-- name: session_insert
INSERT INTO auth_session (token_hash, user_id, created_at, expires_at, csrf_hash)
VALUES ($1, $2, to_timestamp($3 / 1e6), to_timestamp($4 / 1e6), $5);

-- name: session_principal
SELECT u.id, u.organisation_id, u.role, s.csrf_hash
FROM auth_session s
JOIN app_user u ON u.id = s.user_id
WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > to_timestamp($2 / 1e6);

-- name: session_revoke
UPDATE auth_session
SET revoked_at = to_timestamp($2 / 1e6)
WHERE token_hash = $1 AND revoked_at IS NULL;

-- name: sessions_revoke_of_user
UPDATE auth_session
SET revoked_at = to_timestamp($2 / 1e6)
WHERE user_id = $1 AND revoked_at IS NULL;

-- name: throttle_lock_row
SELECT failures, micros(locked_until) AS locked_until
FROM login_throttle
WHERE email_key = $1
FOR UPDATE;

-- name: throttle_ensure
INSERT INTO login_throttle (email_key, failures)
VALUES ($1, 0)
ON CONFLICT (email_key)
DO NOTHING;

-- name: throttle_upsert
INSERT INTO login_throttle (email_key, failures, locked_until, updated_at)
VALUES ($1, $2, to_timestamp($3 / 1e6), now())
ON CONFLICT (email_key)
DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until, updated_at = now();

-- name: throttle_clear
DELETE FROM login_throttle
WHERE email_key = $1;
