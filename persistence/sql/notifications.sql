-- name: notify
-- Notices ($1: [{kind, audience, audience_id, subject, link, once_key, legal, actor}])
-- and who hears of each: one person, an organisation's people, signatories or
-- commissioners, a partnership's accepted members' people, a bid's partners (with
-- the bid's names: tender, lot, partnership), or everyone following a tender
-- (interest in a lot, a partnership bidding, or a CPV code followed). One
-- notification per person of each notice's audience but its actor, at $2: emailed
-- when the kind is legal or the person has not chosen in-app only.
WITH n AS (
    SELECT *
    FROM json_to_recordset($1::json) AS n(kind text, audience text, audience_id uuid, subject jsonb, link
        text, once_key text, legal boolean, actor uuid)
), r AS (
    SELECT n.*, a.user_id, a.names
    FROM n
    CROSS JOIN LATERAL (
        SELECT n.audience_id AS user_id, NULL::jsonb AS names
        WHERE n.audience = 'user'
        UNION ALL
        SELECT id, NULL
        FROM app_user
        WHERE n.audience = 'organisation' AND organisation_id = n.audience_id
        UNION ALL
        SELECT id, NULL
        FROM app_user
        WHERE n.audience = 'signatories' AND organisation_id = n.audience_id AND authorised_signatory
        UNION ALL
        SELECT id, NULL
        FROM app_user
        WHERE n.audience = 'commissioners' AND organisation_id = n.audience_id AND role = 'commissioner'
        UNION ALL
        SELECT u.id, NULL
        FROM app_user u
        JOIN consortium_member m ON m.organisation_id = u.organisation_id
        WHERE n.audience = 'consortium' AND m.consortium_id = n.audience_id AND m.status = 'accepted'
        UNION ALL
        SELECT u.id, jsonb_build_object('tender', t.title, 'reference', t.reference, 'buyer', o.name, 'lot',
            l.title, 'lot_number', l.number::text, 'consortium', c.name)
        FROM bid b
        JOIN consortium c ON c.id = b.consortium_id
        JOIN tender t ON t.id = b.tender_id
        JOIN organisation o ON o.id = t.organisation_id
        JOIN lot l ON l.id = b.lot_id
        JOIN consortium_member m ON m.consortium_id = b.consortium_id AND m.status = 'accepted'
        JOIN app_user u ON u.organisation_id = m.organisation_id
        WHERE n.audience = 'bid_partners' AND b.id = n.audience_id
        UNION ALL
        SELECT u.id, NULL
        FROM app_user u
        WHERE n.audience = 'tender_followers' AND u.role = 'provider' AND u.organisation_id IN (
            SELECT i.organisation_id
            FROM lot_interest i
            JOIN lot l ON l.id = i.lot_id
            WHERE l.tender_id = n.audience_id
            UNION
            SELECT m.organisation_id
            FROM consortium c
            JOIN consortium_member m ON m.consortium_id = c.id
            WHERE c.tender_id = n.audience_id AND m.status = 'accepted'
            UNION
            SELECT s.organisation_id
            FROM cpv_subscription s
            JOIN tender t ON t.id = n.audience_id
            WHERE EXISTS (
                SELECT 1
                FROM jsonb_array_elements_text(t.cpv_codes) code
                WHERE code LIKE rtrim(left(s.cpv_code, 8), '0') || '%'
            )
        )
    ) a
)
INSERT INTO notification (recipient_user_id, kind, subject, link, created_at, once_key, email_state,
    email_next_at)
SELECT u.id, r.kind, coalesce(r.names, '{}') || r.subject, r.link, to_timestamp($2 / 1e6), r.once_key,
    CASE WHEN r.legal OR coalesce(p.email, true) THEN 'pending' ELSE 'none' END,
    CASE WHEN r.legal OR coalesce(p.email, true) THEN to_timestamp($2 / 1e6) END
FROM r
JOIN app_user u ON u.id = r.user_id
LEFT JOIN notification_preference p ON p.user_id = u.id AND p.kind = r.kind
WHERE u.id IS DISTINCT FROM r.actor AND u.deactivated_at IS NULL
ON CONFLICT (recipient_user_id, once_key)
DO NOTHING;

-- name: inbox
SELECT *
FROM notification_record
WHERE recipient_user_id = $1 AND (NOT $2 OR read_at IS NULL)
ORDER BY id DESC
LIMIT $3
OFFSET $4;

-- name: inbox_counts
SELECT count(*), count(*) FILTER (WHERE read_at IS NULL)
FROM notification
WHERE recipient_user_id = $1;

-- name: notification_read
UPDATE notification
SET read_at = coalesce(read_at, to_timestamp($3 / 1e6))
WHERE recipient_user_id = $1 AND id = $2
RETURNING id;

-- name: notifications_all_read
UPDATE notification
SET read_at = to_timestamp($2 / 1e6)
WHERE recipient_user_id = $1 AND read_at IS NULL;

-- name: notification_preferences
SELECT kind, email
FROM notification_preference
WHERE user_id = $1;

-- name: notification_preference_set
INSERT INTO notification_preference (user_id, kind, email)
VALUES ($1, $2, $3)
ON CONFLICT (user_id, kind)
DO UPDATE SET email = excluded.email;

-- name: notification_by_token
SELECT recipient_user_id, kind
FROM notification
WHERE unsubscribe_token = $1;

-- name: mail_claim
SELECT n.id, n.kind, n.subject::text, n.link || coalesce('#' || n.link_secret, '') AS link,
    coalesce(n.to_address, u.email) AS email, coalesce(n.to_name, u.display_name) AS display_name,
    n.email_attempts, n.unsubscribe_token::text
FROM notification n
LEFT JOIN app_user u ON u.id = n.recipient_user_id
WHERE n.email_state = 'pending' AND n.email_next_at <= to_timestamp($1 / 1e6)
ORDER BY n.email_next_at, n.id
LIMIT 1
FOR UPDATE OF n SKIP LOCKED;

-- name: mail_sent
UPDATE notification
SET email_state = 'sent', email_sent_at = to_timestamp($2 / 1e6), email_attempts = email_attempts + 1,
    email_next_at = NULL, link_secret = NULL
WHERE id = $1;

-- name: mail_attempt_failed
UPDATE notification
SET email_attempts = email_attempts + 1, email_last_error = $2,
    email_state = CASE WHEN $3::bigint IS NULL THEN 'failed' ELSE 'pending' END, email_next_at = to_timestamp($3 / 1e6)
WHERE id = $1;

-- name: outbox_counts
SELECT email_state, count(*)
FROM notification
GROUP BY email_state;

-- name: outbox_failed
SELECT n.id, n.kind, coalesce(n.to_address, u.email) AS email, n.email_attempts, n.email_last_error,
    micros(n.created_at) AS created_at
FROM notification n
LEFT JOIN app_user u ON u.id = n.recipient_user_id
WHERE n.email_state = 'failed'
ORDER BY n.id DESC
LIMIT $1
OFFSET $2;

-- name: outbox_email_state
SELECT email_state
FROM notification
WHERE id = $1
FOR UPDATE;

-- name: outbox_retry
UPDATE notification
SET email_state = 'pending', email_attempts = 0, email_next_at = to_timestamp($2 / 1e6)
WHERE id = $1;

-- name: cpv_subscriptions
SELECT cpv_code
FROM cpv_subscription
WHERE organisation_id = $1
ORDER BY cpv_code;

-- name: cpv_subscriptions_clear
DELETE FROM cpv_subscription
WHERE organisation_id = $1;

-- name: cpv_subscription_add
INSERT INTO cpv_subscription (organisation_id, cpv_code)
VALUES ($1, $2)
ON CONFLICT
DO NOTHING;

-- name: cpv_subscription_change
SELECT changed_by, micros(changed_at)
FROM cpv_subscription_change
WHERE organisation_id = $1;

-- name: cpv_subscription_changed
INSERT INTO cpv_subscription_change (organisation_id, changed_by, changed_at)
VALUES ($1, $2, to_timestamp($3 / 1e6))
ON CONFLICT (organisation_id)
DO UPDATE SET changed_by = excluded.changed_by, changed_at = excluded.changed_at;

-- name: account_email_insert
-- An email to an address about its account ($1 kind, $2 address, $3 name, $4
-- subject, $5 link, $6 the link's secret), due now ($7): never in an in-app list.
INSERT INTO notification (kind, to_address, to_name, subject, link, link_secret, created_at, email_state,
    email_next_at)
VALUES ($1, $2, $3, $4::jsonb, $5, $6, to_timestamp($7 / 1e6), 'pending', to_timestamp($7 / 1e6));
