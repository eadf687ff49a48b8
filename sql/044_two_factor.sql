-- Two-factor sign-in: a TOTP secret (RFC 6238) per person who enrolled, the last
-- time step accepted (a code is never accepted twice), single-use recovery codes
-- kept as SHA-256 digests, and sessions that may only enrol until the person has.
ALTER TABLE app_user
    ADD COLUMN totp_secret bytea CHECK (length(totp_secret) = 20),
    ADD COLUMN totp_pending_secret bytea CHECK (length(totp_pending_secret) = 20),
    ADD COLUMN totp_enabled_at timestamptz,
    ADD COLUMN totp_last_step bigint,
    ADD CONSTRAINT app_user_totp CHECK ((totp_secret IS NULL) = (totp_enabled_at IS NULL));

CREATE TABLE recovery_code (
    user_id     uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    code_hash   bytea NOT NULL CHECK (length(code_hash) = 32),
    used_at     timestamptz,
    PRIMARY KEY (user_id, code_hash)
);

-- A session opened by someone whose role must use two-factor sign-in but who has
-- not enrolled yet: it reaches their own account and the enrolment, nothing else.
ALTER TABLE auth_session ADD COLUMN enrolment_only boolean NOT NULL DEFAULT false;

-- Settings an installation's admins change while it runs, each a JSON value,
-- with who changed it last; every change is also an audit event.
CREATE TABLE installation_setting (
    name        text PRIMARY KEY CHECK (name ~ '^[a-z_]{1,60}$'),
    value       jsonb NOT NULL,
    changed_by  uuid REFERENCES app_user (id),
    changed_at  timestamptz NOT NULL DEFAULT now()
);
-- Admins and commissioners sign in with a second factor unless an admin says otherwise.
INSERT INTO installation_setting (name, value) VALUES ('two_factor_required', 'true');

CREATE OR REPLACE VIEW user_record AS
SELECT id, organisation_id, email, display_name, role, password_hash, authorised_signatory,
       CASE WHEN deactivated_at IS NOT NULL THEN 'deactivated' WHEN password_hash IS NULL THEN 'invited'
            ELSE 'active' END AS status,
       micros(deactivated_at) AS deactivated_at, deactivation_reason,
       totp_secret, totp_pending_secret, micros(totp_enabled_at) AS totp_enabled_at, totp_last_step
FROM app_user;
