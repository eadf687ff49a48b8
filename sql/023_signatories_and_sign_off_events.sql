-- Only an authorised signatory of a member organisation may sign off its bids.
-- Users who could sign before this rule existed keep that right.
ALTER TABLE app_user ADD COLUMN authorised_signatory boolean NOT NULL DEFAULT false;
UPDATE app_user SET authorised_signatory = true WHERE role = 'provider';

-- Signatories hear when their sign-off is needed or was voided by a change.
ALTER TABLE workspace_event DROP CONSTRAINT workspace_event_kind_check;
ALTER TABLE workspace_event ADD CONSTRAINT workspace_event_kind_check CHECK (kind IN (
    'assigned', 'mentioned', 'review_requested', 'changes_requested', 'sign_off_needed', 'sign_off_voided'));

-- A sign-off of an earlier draft is void; voided_at notes when its organisation
-- was told, so each is told once. Signing again clears it.
ALTER TABLE bid_sign_off ADD COLUMN voided_at timestamptz;
-- Sign-off events concern the whole bid, not one section.
ALTER TABLE workspace_event ALTER COLUMN section DROP NOT NULL;
