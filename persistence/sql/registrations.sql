-- name: registration_insert
INSERT INTO organisation_registration (name, legal_form, charity_number, company_number, care_inspectorate_number,
    postal_address, contact_name, contact_email, submitted_at, confirmation_hash, confirmation_expires_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, to_timestamp($9 / 1e6), $10, to_timestamp($11 / 1e6))
RETURNING id;

-- name: registrations_sent_since
-- How many registrations asked for a confirmation link to this address since $2.
SELECT count(*) AS sent
FROM organisation_registration
WHERE lower(contact_email) = lower($1) AND submitted_at >= to_timestamp($2 / 1e6);

-- name: registration_confirm
-- The contact opened the link: once, before it expires.
UPDATE organisation_registration
SET confirmed_at = to_timestamp($2 / 1e6)
WHERE confirmation_hash = $1 AND confirmed_at IS NULL AND confirmation_expires_at > to_timestamp($2 / 1e6)
RETURNING id;

-- name: registration_by_id
SELECT *
FROM registration_record
WHERE id = $1;

-- name: registration_lock
-- Taken before a decision, so that two admins do not decide it twice.
SELECT id
FROM organisation_registration
WHERE id = $1
FOR UPDATE;

-- name: registrations_by_status
-- Registrations in a status, oldest first: $2 of them.
SELECT *
FROM registration_record
WHERE status = $1
ORDER BY submitted_at, id
LIMIT $2;

-- name: registration_approve
UPDATE organisation_registration
SET decided_at = to_timestamp($2 / 1e6), decided_by = $3, organisation_id = $4
WHERE id = $1 AND confirmed_at IS NOT NULL AND decided_at IS NULL;

-- name: registration_refuse
UPDATE organisation_registration
SET decided_at = to_timestamp($2 / 1e6), decided_by = $3, refusal_reason = $4
WHERE id = $1 AND confirmed_at IS NOT NULL AND decided_at IS NULL;
