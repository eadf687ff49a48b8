-- Comment threads on bid sections: inside the consortium only, never shown to
-- evaluators, never part of a submission. And the workspace's outbox: events
-- people must hear about (assignments, mentions, reviews), for notifications to
-- deliver.
CREATE TABLE section_comment (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    bid_id            uuid NOT NULL REFERENCES bid (id) ON DELETE CASCADE,
    section           text NOT NULL,
    parent_id         uuid REFERENCES section_comment (id) ON DELETE CASCADE,  -- a reply
    author_user_id    uuid NOT NULL REFERENCES app_user (id),
    body              text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 5000),
    mentions          jsonb NOT NULL DEFAULT '[]',
    created_at        timestamptz NOT NULL,
    resolved_at       timestamptz,
    resolved_by       uuid REFERENCES app_user (id)
);
CREATE INDEX section_comment_bid ON section_comment (bid_id, section, created_at);

CREATE TABLE workspace_event (
    id                 bigserial PRIMARY KEY,
    bid_id             uuid NOT NULL REFERENCES bid (id) ON DELETE CASCADE,
    kind               text NOT NULL CHECK (kind IN ('assigned', 'mentioned', 'review_requested', 'changes_requested')),
    recipient_user_id  uuid REFERENCES app_user (id),          -- a person, or
    recipient_organisation_id uuid REFERENCES organisation (id),  -- everyone of an organisation
    section            text NOT NULL,
    actor_user_id      uuid NOT NULL REFERENCES app_user (id),
    created_at         timestamptz NOT NULL,
    delivered_at       timestamptz,
    CHECK (recipient_user_id IS NOT NULL OR recipient_organisation_id IS NOT NULL)
);
CREATE INDEX workspace_event_undelivered ON workspace_event (created_at) WHERE delivered_at IS NULL;
