-- Documents the commissioner requires with every bid (a method statement, a
-- safeguarding policy...), tender-wide and in order. Each is a section of a bid,
-- "document-N", met by one or more of its uploaded documents naming it.
CREATE TABLE required_document (
    tender_id  uuid NOT NULL REFERENCES tender (id) ON DELETE CASCADE,
    position   integer NOT NULL CHECK (position >= 0),
    title      text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
    guidance   text NOT NULL DEFAULT '' CHECK (length(guidance) <= 5000),
    PRIMARY KEY (tender_id, position)
);

ALTER TABLE bid_document ADD COLUMN requirement integer CHECK (requirement >= 0);

ALTER TABLE bid_section DROP CONSTRAINT bid_section_section_check;
ALTER TABLE bid_section ADD CONSTRAINT bid_section_section_check
    CHECK (section ~ '^(response|declaration|document)-(0|[1-9][0-9]{0,3})$');
