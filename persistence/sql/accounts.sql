-- name: organisation_insert
INSERT INTO organisation (name, kind, charity_number, company_number, care_inspectorate_number,
    postal_address, legal_form)
VALUES ($1, $2, $3, $4, $5, $6, $7)
RETURNING id;

-- name: organisation_by_id
SELECT *
FROM organisation_record
WHERE id = $1;

-- name: organisation_update
-- Its details as its administrators keep them; a closed organisation changes no more.
UPDATE organisation
SET name = $2, charity_number = $3, company_number = $4, care_inspectorate_number = $5, postal_address = $6,
    legal_form = $7
WHERE id = $1 AND closed_at IS NULL
RETURNING id;

-- name: organisation_close
UPDATE organisation
SET closed_at = to_timestamp($2 / 1e6), closed_by = $3, closure_reason = $4, merged_into = $5
WHERE id = $1 AND closed_at IS NULL
RETURNING id;

-- name: users_of_organisation_deactivate
-- Everyone of a closing organisation, and every link sent to them.
WITH deactivated AS (
    UPDATE app_user
    SET deactivated_at = to_timestamp($2 / 1e6), deactivated_by = $3, deactivation_reason = $4
    WHERE organisation_id = $1 AND deactivated_at IS NULL
    RETURNING id
), revoked AS (
    UPDATE account_token
    SET revoked_at = to_timestamp($2 / 1e6)
    WHERE user_id IN (SELECT id FROM deactivated) AND used_at IS NULL AND revoked_at IS NULL
)
SELECT count(*) AS deactivated FROM deactivated;

-- name: organisation_search
SELECT id, name, kind, charity_number, company_number, care_inspectorate_number
FROM organisation
WHERE ($4::text IS NULL OR kind = $4) AND id <> $1 AND name ILIKE contains_pattern($2) AND closed_at IS NULL
ORDER BY name, id
LIMIT $3;

-- name: user_insert
INSERT INTO app_user (organisation_id, email, display_name, role, password_hash, authorised_signatory)
VALUES ($1, $2, $3, $4, $5, $6)
RETURNING id;

-- name: user_by_email
SELECT *
FROM user_record
WHERE lower(email) = lower($1);

-- name: user_by_id
SELECT *
FROM user_record
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
INSERT INTO auth_session (token_hash, user_id, created_at, expires_at, csrf_hash, user_agent, client_address,
    last_used_at, enrolment_only)
VALUES ($1, $2, to_timestamp($3 / 1e6), to_timestamp($4 / 1e6), $5, left($6, 300), left($7, 64),
    to_timestamp($3 / 1e6), $8);

-- name: session_principal
-- The session's person, if the session is live and they are not deactivated; its
-- last use is noted at most once a minute.
WITH touched AS (
    UPDATE auth_session
    SET last_used_at = to_timestamp($2 / 1e6)
    WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > to_timestamp($2 / 1e6)
        AND (last_used_at IS NULL OR last_used_at < to_timestamp($2 / 1e6) - interval '1 minute')
)
SELECT u.id, u.organisation_id, u.role, u.organisation_admin, s.csrf_hash, s.enrolment_only
FROM auth_session s
JOIN app_user u ON u.id = s.user_id
WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > to_timestamp($2 / 1e6)
    AND u.deactivated_at IS NULL;

-- name: sessions_of_user
-- A person's live sessions, the one asking ($2) marked, last used first.
SELECT id, micros(created_at) AS created_at, micros(coalesce(last_used_at, created_at)) AS last_used_at,
    micros(expires_at) AS expires_at, user_agent, client_address, csrf_hash IS NOT NULL AS browser,
    token_hash = $2 AS current
FROM auth_session
WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > to_timestamp($3 / 1e6)
ORDER BY coalesce(last_used_at, created_at) DESC, created_at DESC;

-- name: session_revoke_by_id
UPDATE auth_session
SET revoked_at = to_timestamp($3 / 1e6)
WHERE user_id = $1 AND id = $2 AND revoked_at IS NULL
RETURNING id;

-- name: sessions_revoke_others
-- Every session of the person but the one asking ($2).
UPDATE auth_session
SET revoked_at = to_timestamp($3 / 1e6)
WHERE user_id = $1 AND token_hash <> $2 AND revoked_at IS NULL;

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

-- name: user_invite
-- An account without a password yet, or a withdrawn invitation to the same address
-- taken up again; no row when the address is someone else's.
INSERT INTO app_user (organisation_id, email, display_name, role, password_hash, authorised_signatory, invited_by,
    organisation_admin)
VALUES ($1, $2, $3, $4, NULL, $5, $6, $7)
ON CONFLICT ((lower(email)))
DO UPDATE SET organisation_id = excluded.organisation_id, display_name = excluded.display_name,
    role = excluded.role, authorised_signatory = excluded.authorised_signatory, invited_by = excluded.invited_by,
    organisation_admin = excluded.organisation_admin,
    deactivated_at = NULL, deactivated_by = NULL, deactivation_reason = NULL
WHERE app_user.password_hash IS NULL AND app_user.deactivated_at IS NOT NULL
RETURNING id;

-- name: user_set_password
UPDATE app_user
SET password_hash = $2
WHERE id = $1;

-- name: user_deactivate
UPDATE app_user
SET deactivated_at = to_timestamp($2 / 1e6), deactivated_by = $3, deactivation_reason = $4
WHERE id = $1 AND deactivated_at IS NULL;

-- name: user_set_organisation_admin
UPDATE app_user
SET organisation_admin = $2
WHERE id = $1;

-- name: user_reactivate
UPDATE app_user
SET deactivated_at = NULL, deactivated_by = NULL, deactivation_reason = NULL
WHERE id = $1;

-- name: people_search
-- People matching every filter given ($1 in the name or email, any case; $2
-- organisation; $3 role; $8 any role but; $4 status; $7 the person), by name, with their organisation and when a
-- pending invitation expires: $5 of them from $6, and how many match in all.
SELECT u.*, o.name AS organisation_name, micros(i.expires_at) AS invitation_expires_at, count(*) OVER () AS total
FROM user_record u
JOIN organisation o ON o.id = u.organisation_id
LEFT JOIN LATERAL (
    SELECT max(t.expires_at) AS expires_at
    FROM account_token t
    WHERE t.user_id = u.id AND t.purpose = 'invitation' AND t.used_at IS NULL AND t.revoked_at IS NULL
) i ON u.status = 'invited'
WHERE ($1::text IS NULL OR u.display_name ILIKE contains_pattern($1) OR u.email ILIKE contains_pattern($1))
    AND ($2::uuid IS NULL OR u.organisation_id = $2)
    AND ($3::text IS NULL OR u.role = $3)
    AND ($4::text IS NULL OR u.status = $4)
    AND ($7::uuid IS NULL OR u.id = $7)
    AND ($8::text IS NULL OR u.role <> $8)
ORDER BY u.display_name, u.id
LIMIT $5
OFFSET $6;

-- name: account_token_insert
INSERT INTO account_token (token_hash, purpose, user_id, created_by, created_at, expires_at, new_email)
VALUES ($1, $2, $3, $4, to_timestamp($5 / 1e6), to_timestamp($6 / 1e6), $7);

-- name: account_tokens_revoke
-- The person's unused links of a purpose die: a newer one replaces them, or the
-- invitation is withdrawn.
UPDATE account_token
SET revoked_at = to_timestamp($3 / 1e6)
WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL AND revoked_at IS NULL;

-- name: account_token_claim
-- The person a live link of the purpose names, locked until the transaction ends
-- so that it is used once.
SELECT user_id, new_email
FROM account_token
WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND revoked_at IS NULL
    AND expires_at > to_timestamp($3 / 1e6)
FOR UPDATE;

-- name: account_token_use
UPDATE account_token
SET used_at = to_timestamp($2 / 1e6)
WHERE token_hash = $1;

-- name: account_tokens_since
-- How many links of a purpose the person was sent since $3.
SELECT count(*)
FROM account_token
WHERE user_id = $1 AND purpose = $2 AND created_at > to_timestamp($3 / 1e6);

-- name: user_totp_begin
-- A new secret waits for its first code; one enrolled already stays until then.
UPDATE app_user
SET totp_pending_secret = $2
WHERE id = $1;

-- name: user_totp_enable
-- The waiting secret becomes the person's, its first code's step ($3) used.
UPDATE app_user
SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_enabled_at = to_timestamp($2 / 1e6),
    totp_last_step = $3
WHERE id = $1 AND totp_pending_secret IS NOT NULL;

-- name: user_totp_step_accept
-- A code's time step, accepted only after the last one accepted: a code works once.
UPDATE app_user
SET totp_last_step = $2
WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)
RETURNING id;

-- name: user_totp_clear
UPDATE app_user
SET totp_secret = NULL, totp_pending_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL
WHERE id = $1;

-- name: recovery_codes_clear
DELETE FROM recovery_code
WHERE user_id = $1;

-- name: recovery_codes_insert
-- $2: the codes' SHA-256 digests, hex, joined by commas.
INSERT INTO recovery_code (user_id, code_hash)
SELECT $1, decode(code, 'hex')
FROM unnest(string_to_array($2, ',')) AS code;

-- name: recovery_code_use
UPDATE recovery_code
SET used_at = to_timestamp($3 / 1e6)
WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL
RETURNING user_id;

-- name: recovery_codes_left
SELECT count(*)
FROM recovery_code
WHERE user_id = $1 AND used_at IS NULL;

-- name: sessions_enrolled
-- The person has enrolled: their sessions opened to enrol now reach everything.
UPDATE auth_session
SET enrolment_only = false
WHERE user_id = $1 AND enrolment_only;

-- name: settings_all
SELECT name, value::text AS value, changed_by, micros(changed_at) AS changed_at,
    (SELECT u.display_name FROM app_user u WHERE u.id = changed_by) AS changed_by_name
FROM installation_setting
ORDER BY name;

-- name: setting_set
INSERT INTO installation_setting (name, value, changed_by, changed_at)
VALUES ($1, $2::jsonb, $3, to_timestamp($4 / 1e6))
ON CONFLICT (name)
DO UPDATE SET value = excluded.value, changed_by = excluded.changed_by, changed_at = excluded.changed_at;

-- name: user_set_email
-- No row when the address is someone else's.
UPDATE app_user
SET email = $2
WHERE id = $1 AND NOT EXISTS (
    SELECT 1
    FROM app_user other
    WHERE lower(other.email) = lower($2) AND other.id <> $1
)
RETURNING id;
