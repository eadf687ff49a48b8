-- Organisations, users, sign-in sessions and the login throttle.
-- Names and contact details of people live only in app_user, so that they can be
-- exported or pseudonymised without touching records that refer to people by id.

CREATE TABLE organisation (
    id                          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name                        text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 300),
    kind                        text NOT NULL CHECK (kind IN ('commissioning_body', 'provider')),
    charity_number              text CHECK (length(charity_number) <= 32),
    company_number              text CHECK (length(company_number) <= 32),
    care_inspectorate_number    text CHECK (length(care_inspectorate_number) <= 32),
    created_at                  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE app_user (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id   uuid NOT NULL REFERENCES organisation (id),
    email             text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    display_name      text NOT NULL CHECK (length(btrim(display_name)) BETWEEN 1 AND 200),
    role              text NOT NULL CHECK (role IN ('admin', 'commissioner', 'panellist', 'provider')),
    password_hash     text NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email));
CREATE INDEX app_user_organisation_idx ON app_user (organisation_id);

-- Bearer tokens are stored only as SHA-256 digests: a leaked table grants nothing.
CREATE TABLE auth_session (
    token_hash    bytea PRIMARY KEY CHECK (length(token_hash) = 32),
    user_id       uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_at    timestamptz NOT NULL DEFAULT now(),
    expires_at    timestamptz NOT NULL,
    revoked_at    timestamptz
);
CREATE INDEX auth_session_user_idx ON auth_session (user_id);

-- Failed sign-ins are counted per normalised email whether or not an account
-- exists, so a locked answer reveals nothing about which emails are registered.
CREATE TABLE login_throttle (
    email_key       text PRIMARY KEY,
    failures        integer NOT NULL CHECK (failures >= 0),
    locked_until    timestamptz,
    updated_at      timestamptz NOT NULL DEFAULT now()
);
