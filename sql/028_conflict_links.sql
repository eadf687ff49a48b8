-- Panellists' links to organisations, recorded in their profile. A bid whose
-- partnership includes a linked organisation is pre-flagged for that panellist:
-- they cannot declare "no conflict" for it; only the tender's commissioner can
-- clear the flag, with a recorded reason. A link may say something about the
-- panellist's own support: shown to them and to commissioners of their panels only.
CREATE TABLE panellist_link (
    user_id           uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    organisation_id   uuid NOT NULL REFERENCES organisation (id),
    kind              text NOT NULL CHECK (kind IN ('employer', 'volunteer', 'receives_support',
                                                    'family_member_works_for', 'other')),
    note              text CHECK (length(note) <= 500),
    PRIMARY KEY (user_id, organisation_id, kind)
);

CREATE TABLE conflict_flag_clearance (
    bid_id       uuid NOT NULL REFERENCES bid (id) ON DELETE CASCADE,
    user_id      uuid NOT NULL REFERENCES app_user (id),
    reason       text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 2000),
    cleared_by   uuid NOT NULL REFERENCES app_user (id),
    cleared_at   timestamptz NOT NULL,
    PRIMARY KEY (bid_id, user_id)
);
