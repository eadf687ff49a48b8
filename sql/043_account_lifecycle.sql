-- People invited, recovering and leaving.
--
-- An invited person has an account but no password until they choose one through
-- the link in their invitation. A deactivated person keeps their account, so what
-- they did stays in the record under their name, but cannot sign in; who
-- deactivated them and why is kept with it (and in the audit trail).
ALTER TABLE app_user ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE app_user
    ADD COLUMN invited_by uuid REFERENCES app_user (id),
    ADD COLUMN deactivated_at timestamptz,
    ADD COLUMN deactivated_by uuid REFERENCES app_user (id),
    ADD COLUMN deactivation_reason text CHECK (length(deactivation_reason) <= 2000),
    ADD CONSTRAINT app_user_deactivation CHECK (deactivated_at IS NOT NULL OR
        (deactivated_by IS NULL AND deactivation_reason IS NULL));

-- Single-use links sent by email (an invitation, a password reset, the
-- confirmation of a new email address), stored only as the SHA-256 of their random
-- token: a leaked table opens no account. A token dies when used, when a newer one
-- of the same purpose replaces it, or when it expires.
CREATE TABLE account_token (
    token_hash    bytea PRIMARY KEY CHECK (length(token_hash) = 32),
    purpose       text NOT NULL CHECK (purpose IN ('invitation', 'password_reset', 'email_change')),
    user_id       uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    new_email     text CHECK ((purpose = 'email_change') = (new_email IS NOT NULL)),
    created_by    uuid REFERENCES app_user (id),
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    used_at       timestamptz,
    revoked_at    timestamptz
);
CREATE INDEX account_token_user ON account_token (user_id, purpose, created_at);

-- What a person sees of their own sessions: a public id to end one by, the device
-- (its User-Agent) and address it was opened from, and when it was last used
-- (kept to the minute, so that reading a page does not write every time).
ALTER TABLE auth_session
    ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid(),
    ADD COLUMN user_agent text CHECK (length(user_agent) <= 300),
    ADD COLUMN client_address text CHECK (length(client_address) <= 64),
    ADD COLUMN last_used_at timestamptz;
CREATE UNIQUE INDEX auth_session_id ON auth_session (id);

-- Account emails go through the outbox too, but to an address rather than to an
-- account's inbox: an invitation to the invited address, a reset link. Their link
-- carries a secret (the token) that exists only until the email is handed over,
-- then is erased; it never shows in any in-app list.
ALTER TABLE notification ALTER COLUMN recipient_user_id DROP NOT NULL;
ALTER TABLE notification
    ADD COLUMN to_address text CHECK (length(to_address) BETWEEN 3 AND 254),
    ADD COLUMN to_name text CHECK (length(to_name) <= 200),
    ADD COLUMN link_secret text CHECK (length(link_secret) <= 100),
    ADD CONSTRAINT notification_recipient CHECK (recipient_user_id IS NOT NULL OR to_address IS NOT NULL);

-- A person's account as the service reads it, with its status.
CREATE VIEW user_record AS
SELECT id, organisation_id, email, display_name, role, password_hash, authorised_signatory,
       CASE WHEN deactivated_at IS NOT NULL THEN 'deactivated' WHEN password_hash IS NULL THEN 'invited'
            ELSE 'active' END AS status,
       micros(deactivated_at) AS deactivated_at, deactivation_reason
FROM app_user;

-- A LIKE pattern for text that contains p_text as it is: its \, % and _ escaped.
CREATE FUNCTION contains_pattern(p_text text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT '%' || replace(replace(replace(p_text, '\', '\\'), '%', '\%'), '_', '\_') || '%'
$$;
