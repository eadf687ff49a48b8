-- Organisations run by their own people: providers register themselves, an admin
-- approves or refuses, an organisation's administrators keep its details, and a
-- closed (or merged) organisation keeps its history.

-- How an organisation is constituted, which decides the register numbers it has:
-- a SCIO its charity number, a company its Companies House number, a charitable
-- company both (domain/legal_form).
ALTER TABLE organisation
    ADD COLUMN legal_form text CHECK (legal_form IN ('scio', 'charitable_company', 'company',
        'community_interest_company', 'cooperative', 'partnership', 'sole_trader', 'unincorporated_association',
        'other')),
    ADD COLUMN closed_at timestamptz,
    ADD COLUMN closed_by uuid REFERENCES app_user (id),
    ADD COLUMN closure_reason text CHECK (length(closure_reason) <= 2000),
    ADD COLUMN merged_into uuid REFERENCES organisation (id),
    ADD CONSTRAINT organisation_closure CHECK (closed_at IS NOT NULL OR
        (closed_by IS NULL AND closure_reason IS NULL AND merged_into IS NULL)),
    ADD CONSTRAINT organisation_not_merged_into_itself CHECK (merged_into <> id);

-- A person who administers their own organisation: keeps its details and invites,
-- and deactivates, its people (domain/account_management).
ALTER TABLE app_user ADD COLUMN organisation_admin boolean NOT NULL DEFAULT false;

CREATE OR REPLACE VIEW user_record AS
SELECT id, organisation_id, email, display_name, role, password_hash, authorised_signatory,
       CASE WHEN deactivated_at IS NOT NULL THEN 'deactivated' WHEN password_hash IS NULL THEN 'invited'
            ELSE 'active' END AS status,
       micros(deactivated_at) AS deactivated_at, deactivation_reason,
       totp_secret, totp_pending_secret, micros(totp_enabled_at) AS totp_enabled_at, totp_last_step,
       organisation_admin
FROM app_user;

-- An organisation as the service reads it, with what it was merged into.
CREATE VIEW organisation_record AS
SELECT o.id, o.name, o.kind, o.charity_number, o.company_number, o.care_inspectorate_number, o.postal_address,
       o.legal_form, CASE WHEN o.closed_at IS NULL THEN 'active' ELSE 'closed' END AS status,
       micros(o.closed_at) AS closed_at, o.closure_reason, o.merged_into,
       (SELECT m.name FROM organisation m WHERE m.id = o.merged_into) AS merged_into_name
FROM organisation o;

-- A name as it is compared for likely duplicates: lower case, words only, without
-- the words that every other name has ("the", "ltd", "scio", "and", …), so that
-- "The Hope Trust Ltd." and "hope trust" meet.
CREATE FUNCTION organisation_name_key(p_name text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT btrim(regexp_replace(
        regexp_replace(' ' || regexp_replace(lower(p_name), '[^[:alnum:]]+', ' ', 'g') || ' ',
            ' (the|ltd|limited|plc|llp|cic|scio|and|co|company|of)(?= )', ' ', 'g'),
        ' +', ' ', 'g'))
$$;
CREATE INDEX organisation_name_key_idx ON organisation (organisation_name_key(name));

-- A provider's request to be registered, as a person filled it in without an
-- account. Its contact confirms their address through a link (only the SHA-256
-- of its token is kept), then it waits for an admin: approved, it became an
-- organisation whose first person is the contact; refused, the reason is kept.
CREATE TABLE organisation_registration (
    id                         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name                       text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 300),
    legal_form                 text NOT NULL,
    charity_number             text CHECK (length(charity_number) <= 32),
    company_number             text CHECK (length(company_number) <= 32),
    care_inspectorate_number   text CHECK (length(care_inspectorate_number) <= 32),
    postal_address             text CHECK (char_length(postal_address) <= 500),
    contact_name               text NOT NULL CHECK (length(btrim(contact_name)) BETWEEN 1 AND 200),
    contact_email              text NOT NULL CHECK (length(contact_email) BETWEEN 3 AND 254),
    submitted_at               timestamptz NOT NULL,
    confirmation_hash          bytea NOT NULL UNIQUE CHECK (length(confirmation_hash) = 32),
    confirmation_expires_at    timestamptz NOT NULL,
    confirmed_at               timestamptz,
    decided_at                 timestamptz,
    decided_by                 uuid REFERENCES app_user (id),
    refusal_reason             text CHECK (length(refusal_reason) <= 2000),
    organisation_id            uuid REFERENCES organisation (id),
    CONSTRAINT registration_decision CHECK (
        (decided_at IS NULL AND decided_by IS NULL AND refusal_reason IS NULL AND organisation_id IS NULL)
        OR (decided_at IS NOT NULL AND confirmed_at IS NOT NULL AND decided_by IS NOT NULL
            AND (refusal_reason IS NULL) <> (organisation_id IS NULL)))
);
CREATE INDEX registration_waiting ON organisation_registration (submitted_at)
    WHERE confirmed_at IS NOT NULL AND decided_at IS NULL;
CREATE INDEX registration_contact ON organisation_registration (lower(contact_email), submitted_at);

CREATE VIEW registration_record AS
SELECT r.id, r.name, r.legal_form, r.charity_number, r.company_number, r.care_inspectorate_number, r.postal_address,
       r.contact_name, r.contact_email,
       CASE WHEN r.organisation_id IS NOT NULL THEN 'approved' WHEN r.refusal_reason IS NOT NULL THEN 'refused'
            WHEN r.confirmed_at IS NOT NULL THEN 'waiting' ELSE 'unconfirmed' END AS status,
       micros(r.submitted_at) AS submitted_at, micros(r.confirmed_at) AS confirmed_at,
       micros(r.decided_at) AS decided_at, r.decided_by,
       (SELECT u.display_name FROM app_user u WHERE u.id = r.decided_by) AS decided_by_name,
       r.refusal_reason, r.organisation_id,
       (SELECT coalesce(json_agg(json_build_object('organisation_id', o.id, 'name', o.name, 'reasons', array_remove(
                ARRAY[CASE WHEN o.charity_number = r.charity_number THEN 'charity_number' END,
                      CASE WHEN o.company_number = r.company_number THEN 'company_number' END,
                      CASE WHEN o.care_inspectorate_number = r.care_inspectorate_number
                           THEN 'care_inspectorate_number' END,
                      CASE WHEN organisation_name_key(o.name) = organisation_name_key(r.name) THEN 'similar_name' END],
                NULL)) ORDER BY o.name, o.id), '[]')
        FROM organisation o
        WHERE (o.id IS DISTINCT FROM r.organisation_id)
            AND (o.charity_number = r.charity_number OR o.company_number = r.company_number
                 OR o.care_inspectorate_number = r.care_inspectorate_number
                 OR organisation_name_key(o.name) = organisation_name_key(r.name))) AS possible_duplicates
FROM organisation_registration r;

-- The account audit trail (the global chain: people, organisations, registrations,
-- settings) is read newest first, for everyone or for one person or organisation.
CREATE INDEX audit_event_global_entity ON audit_event (((event::jsonb) ->> 'entity_id'), position)
    WHERE chain = 'global';
CREATE INDEX organisation_charity_number ON organisation (charity_number);
CREATE INDEX organisation_company_number ON organisation (company_number);
CREATE INDEX organisation_care_inspectorate_number ON organisation (care_inspectorate_number);
