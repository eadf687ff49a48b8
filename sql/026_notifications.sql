-- Notifications: one row per person told, written in the same transaction as the
-- change it tells of, so nothing is announced that did not happen and nothing that
-- happened goes untold. The row is both the in-app notice and, while email_state
-- is 'pending', the outbox entry the mail dispatcher sends.
--
-- `subject` holds the public names the wording needs (tender, lot, consortium,
-- section): never bid content, scores or another bidder's name.
CREATE TABLE notification (
    id                  bigserial PRIMARY KEY,
    recipient_user_id   uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    kind                text NOT NULL CHECK (kind ~ '^[a-z_]{1,40}$'),
    subject             jsonb NOT NULL DEFAULT '{}',
    link                text NOT NULL CHECK (link LIKE '/%'),   -- a page of the web client
    created_at          timestamptz NOT NULL,
    read_at             timestamptz,
    -- Reminders are sent once per recipient per event: the event's key.
    once_key            text,
    email_state         text NOT NULL CHECK (email_state IN ('none', 'pending', 'sent', 'failed')),
    email_attempts      integer NOT NULL DEFAULT 0,
    email_next_at       timestamptz,
    email_last_error    text,
    email_sent_at       timestamptz,
    -- Lets the email's unsubscribe link switch this kind off without signing in.
    unsubscribe_token   uuid NOT NULL DEFAULT gen_random_uuid(),
    UNIQUE (recipient_user_id, once_key)
);
CREATE INDEX notification_inbox ON notification (recipient_user_id, id DESC);
CREATE INDEX notification_unread ON notification (recipient_user_id) WHERE read_at IS NULL;
CREATE INDEX notification_due ON notification (email_next_at, id) WHERE email_state = 'pending';
CREATE INDEX notification_failed ON notification (id) WHERE email_state = 'failed';
CREATE UNIQUE INDEX notification_unsubscribe ON notification (unsubscribe_token);

-- Each person's choice per kind: in-app only (email false) or also by email.
-- Without a row a kind is emailed. Legal notices are emailed whatever this says.
CREATE TABLE notification_preference (
    user_id   uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    kind      text NOT NULL CHECK (kind ~ '^[a-z_]{1,40}$'),
    email     boolean NOT NULL,
    PRIMARY KEY (user_id, kind)
);

-- The workspace's events so far become notifications of their people (an
-- organisation's signatories for sign-offs, its users for the rest), in-app only:
-- they are old news by now.
INSERT INTO notification (recipient_user_id, kind, subject, link, created_at, email_state)
SELECT u.id,
       CASE e.kind WHEN 'assigned' THEN 'section_assigned' ELSE e.kind END,
       jsonb_build_object('tender', t.title, 'reference', t.reference, 'lot', l.title, 'lot_number', l.number::text,
                          'consortium', c.name, 'section', coalesce(e.section, '')),
       CASE WHEN e.section IS NULL THEN '/bids/' || e.bid_id || '/sign-off'
            ELSE '/bids/' || e.bid_id || '/sections/' || e.section END,
       e.created_at, 'none'
FROM workspace_event e
JOIN bid b ON b.id = e.bid_id
JOIN tender t ON t.id = b.tender_id
JOIN lot l ON l.id = b.lot_id
JOIN consortium c ON c.id = b.consortium_id
JOIN app_user u ON u.id = e.recipient_user_id
    OR (e.recipient_user_id IS NULL AND u.organisation_id = e.recipient_organisation_id
        AND (e.kind NOT IN ('sign_off_needed', 'sign_off_voided') OR u.authorised_signatory))
ORDER BY e.id;
-- workspace_event stays while the previous release may still run beside this one
-- (a rolling upgrade: expand, then contract); a later migration drops it.

-- Kinds of service a provider organisation follows, as CPV codes: a tender
-- matches when one of its codes falls under one followed (85300000-2 follows
-- every 853… code), and its notices reach the organisation's people.
CREATE TABLE cpv_subscription (
    organisation_id   uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    cpv_code          text NOT NULL CHECK (cpv_code ~ '^[0-9]{8}-[0-9]$'),
    PRIMARY KEY (organisation_id, cpv_code)
);
