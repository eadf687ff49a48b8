-- Clarification questions: private to the asker and the commissioner until the
-- commissioner publishes them, anonymised, with the answer, to every provider.

CREATE TABLE clarification (
    id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tender_id                 uuid NOT NULL REFERENCES tender (id) ON DELETE CASCADE,
    lot_id                    uuid,
    asked_by_organisation     uuid NOT NULL REFERENCES organisation (id),
    asked_by_user             uuid NOT NULL REFERENCES app_user (id),
    question                  text NOT NULL,
    asked_at                  timestamptz NOT NULL,
    answer                    text,
    answered_by               uuid REFERENCES app_user (id),
    answered_at               timestamptz,
    published_question        text,
    published_at              timestamptz,
    lot_correction            jsonb,
    FOREIGN KEY (lot_id, tender_id) REFERENCES lot (id, tender_id) ON DELETE CASCADE,
    CHECK ((answer IS NULL) = (answered_at IS NULL)),
    CHECK ((published_at IS NULL) = (published_question IS NULL)),
    CHECK (published_at IS NULL OR answer IS NOT NULL)
);
CREATE INDEX clarification_tender_idx ON clarification (tender_id, asked_at);
