-- Before submission a signatory of every member organisation signs off the exact
-- draft, named by its digest (the canonical content for the open stage). A
-- sign-off counts only while the draft still has that digest: any change voids it.
CREATE TABLE bid_sign_off (
    bid_id           uuid NOT NULL REFERENCES bid (id) ON DELETE CASCADE,
    organisation_id  uuid NOT NULL REFERENCES organisation (id),
    user_id          uuid NOT NULL REFERENCES app_user (id),
    draft_sha256     text NOT NULL CHECK (draft_sha256 ~ '^[0-9a-f]{64}$'),
    signed_at        timestamptz NOT NULL,
    PRIMARY KEY (bid_id, organisation_id)
);
