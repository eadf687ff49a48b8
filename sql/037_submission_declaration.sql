-- What the person who sent a bid confirmed, in the words shown to them (kept with
-- the submission, so a later change of wording never rewrites what was confirmed),
-- and the digest of the draft every member signed off, so that a receipt can be
-- matched to the sign-offs. Empty for submissions made before this was recorded.
ALTER TABLE bid_submission
    ADD COLUMN declaration text CHECK (char_length(declaration) BETWEEN 1 AND 2000),
    ADD COLUMN signed_draft_sha256 text CHECK (signed_draft_sha256 ~ '^[0-9a-f]{64}$');
