-- Who is looking at or editing which section now: heartbeats that expire after a
-- minute. Unlogged: after a crash nobody is present, which is the truth soon enough.
CREATE UNLOGGED TABLE section_presence (
    bid_id    uuid NOT NULL REFERENCES bid (id) ON DELETE CASCADE,
    section   text NOT NULL,
    user_id   uuid NOT NULL REFERENCES app_user (id),
    mode      text NOT NULL CHECK (mode IN ('viewing', 'editing')),
    seen_at   timestamptz NOT NULL,
    PRIMARY KEY (bid_id, section, user_id)
);
