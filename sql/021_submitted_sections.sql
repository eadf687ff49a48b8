-- Which saved version of each section went into each submission, so a bid's
-- history can show what was submitted; written in the submission's transaction.
CREATE TABLE submission_section (
    submission_id  uuid NOT NULL REFERENCES bid_submission (id) ON DELETE CASCADE,
    section        text NOT NULL,
    version        integer NOT NULL CHECK (version >= 1),
    PRIMARY KEY (submission_id, section)
);
