-- A panellist's links to organisations that are not registered here (a small
-- charity, a social enterprise, a GP practice), by name. The service cannot
-- match them to a bid's partners, so they pre-flag nothing; the commissioners of
-- the panellist's panels read them beside the registered links and judge.
CREATE TABLE panellist_unregistered_link (
    user_id   uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name      text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 300),
    kind      text NOT NULL CHECK (kind IN ('employer', 'volunteer', 'receives_support',
                                            'family_member_works_for', 'other')),
    note      text CHECK (length(note) <= 500),
    PRIMARY KEY (user_id, name, kind)
);
