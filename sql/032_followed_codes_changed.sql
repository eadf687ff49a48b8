-- Who last replaced an organisation's followed CPV codes, and when: the list is
-- shared by everyone at the organisation, so the page says who changed it.
CREATE TABLE cpv_subscription_change (
    organisation_id  uuid PRIMARY KEY REFERENCES organisation (id) ON DELETE CASCADE,
    changed_by       uuid NOT NULL REFERENCES app_user (id),
    changed_at       timestamptz NOT NULL
);
