-- The Prior Information Notice: its summary, information sessions with booked
-- seats and a waiting list, and providers' registered interest in lots.

ALTER TABLE tender ADD COLUMN pin_summary text NOT NULL DEFAULT '';

CREATE TABLE information_session (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tender_id     uuid NOT NULL REFERENCES tender (id) ON DELETE CASCADE,
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz NOT NULL CHECK (ends_at > starts_at),
    place         text NOT NULL,
    online_link   text NOT NULL,
    capacity      integer NOT NULL CHECK (capacity BETWEEN 1 AND 10000),
    created_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (place <> '' OR online_link <> '')
);
CREATE INDEX information_session_tender_idx ON information_session (tender_id, starts_at);

-- One booking per person per session. Confirmed seats never exceed capacity: the
-- session row is locked while a booking is decided.
CREATE TABLE session_booking (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    session_id        uuid NOT NULL REFERENCES information_session (id) ON DELETE CASCADE,
    organisation_id   uuid NOT NULL REFERENCES organisation (id),
    user_id           uuid NOT NULL REFERENCES app_user (id),
    status            text NOT NULL CHECK (status IN ('confirmed', 'waiting')),
    booked_at         timestamptz NOT NULL DEFAULT clock_timestamp(),
    UNIQUE (session_id, user_id)
);
CREATE INDEX session_booking_queue_idx ON session_booking (session_id, status, booked_at);

CREATE TABLE lot_interest (
    lot_id            uuid NOT NULL REFERENCES lot (id) ON DELETE CASCADE,
    organisation_id   uuid NOT NULL REFERENCES organisation (id),
    registered_by     uuid NOT NULL REFERENCES app_user (id),
    registered_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (lot_id, organisation_id)
);
