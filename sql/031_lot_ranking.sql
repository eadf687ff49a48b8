-- A lot's ranking, kept ready between changes to what it is computed from, so
-- that reading it costs one row rather than every score of the lot.
--
-- `generation` counts those changes: the triggers below bump it inside the
-- transaction that makes the change, whoever makes it (any instance, any
-- release). They are deferred to the commit, so that the lot's row is locked
-- only for the moment the commit takes, not while the rest of the
-- transaction runs (panellists scoring one lot would otherwise take turns). A ranking is stored with the generation it was computed at and is
-- served only while the generation is still the same; a reader reads the
-- generation before the scores, so a ranking computed from older rows can never
-- carry a newer generation.
--
-- What a ranking is computed from (rank_lot in api/evaluation/lot_ranking.cpp,
-- and the answer in api/evaluation/get_ranking.cpp): the tender's scale and
-- threshold, the lot's number of awards, criteria, panel and members, bids and their
-- partnerships' names, submissions and withdrawals, gate results, conflict
-- declarations, scoresheets, scores, consensus, tie-breaks and reconfirmations.
-- A new input there needs a trigger here.
CREATE TABLE lot_ranking (
    lot_id               uuid PRIMARY KEY REFERENCES lot (id) ON DELETE CASCADE,
    generation           bigint NOT NULL DEFAULT 0,
    computed_generation  bigint,
    body                 text,
    format               integer,  -- the answer's shape the body was written in (api/evaluation/get_ranking.cpp)
    CHECK ((computed_generation IS NULL) = (body IS NULL))
);

-- TG_ARGV[0] says what the changed row's key names (a bid, lot, tender, panel
-- or consortium), TG_ARGV[1] the key's column. Both the old and the new row
-- count: an update may move a row from one lot to another.
CREATE FUNCTION lot_ranking_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    keys uuid[] := '{}';
    lots uuid[];
BEGIN
    IF TG_OP <> 'INSERT' THEN keys := keys || (to_jsonb(OLD) ->> TG_ARGV[1])::uuid; END IF;
    IF TG_OP <> 'DELETE' THEN keys := keys || (to_jsonb(NEW) ->> TG_ARGV[1])::uuid; END IF;
    IF TG_ARGV[0] = 'lot' THEN
        lots := keys;
    ELSIF TG_ARGV[0] = 'bid' THEN
        lots := ARRAY(SELECT lot_id FROM bid WHERE id = ANY (keys));
    ELSIF TG_ARGV[0] = 'consortium' THEN
        lots := ARRAY(SELECT lot_id FROM bid WHERE consortium_id = ANY (keys));
    ELSIF TG_ARGV[0] = 'tender' THEN
        lots := ARRAY(SELECT id FROM lot WHERE tender_id = ANY (keys));
    ELSIF TG_ARGV[0] = 'panel' THEN
        lots := ARRAY(SELECT l.id FROM panel p JOIN lot l ON l.tender_id = p.tender_id WHERE p.id = ANY (keys));
    ELSE
        RAISE EXCEPTION 'lot_ranking_changed: unknown key kind %', TG_ARGV[0];
    END IF;
    -- Only lots that still exist (a lot deleted in this statement has no ranking),
    -- in one order for every writer, against deadlocks.
    INSERT INTO lot_ranking (lot_id, generation)
    SELECT id, 1 FROM lot WHERE id = ANY (lots) ORDER BY id
    ON CONFLICT (lot_id) DO UPDATE SET generation = lot_ranking.generation + 1;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER lot_ranking_tender AFTER UPDATE OF scoring_scale, quality_threshold, price_weight ON tender
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lot_ranking_changed('tender', 'id');
CREATE CONSTRAINT TRIGGER lot_ranking_lot AFTER UPDATE OF max_awards ON lot
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lot_ranking_changed('lot', 'id');
CREATE CONSTRAINT TRIGGER lot_ranking_criterion AFTER INSERT OR UPDATE OR DELETE ON criterion
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lot_ranking_changed('tender', 'tender_id');
CREATE CONSTRAINT TRIGGER lot_ranking_panel AFTER INSERT OR UPDATE OR DELETE ON panel
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lot_ranking_changed('tender', 'tender_id');
CREATE CONSTRAINT TRIGGER lot_ranking_panel_member AFTER INSERT OR UPDATE OR DELETE ON panel_member
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lot_ranking_changed('panel', 'panel_id');
CREATE CONSTRAINT TRIGGER lot_ranking_consortium AFTER UPDATE OF name ON consortium
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lot_ranking_changed('consortium', 'id');
CREATE CONSTRAINT TRIGGER lot_ranking_bid AFTER INSERT OR DELETE OR UPDATE OF lot_id, consortium_id ON bid
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lot_ranking_changed('lot', 'lot_id');
CREATE CONSTRAINT TRIGGER lot_ranking_tie_break AFTER INSERT OR UPDATE OR DELETE ON tie_break
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lot_ranking_changed('lot', 'lot_id');
CREATE CONSTRAINT TRIGGER lot_ranking_bid_submission AFTER INSERT OR UPDATE OR DELETE ON bid_submission
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lot_ranking_changed('bid', 'bid_id');
CREATE CONSTRAINT TRIGGER lot_ranking_gate_result AFTER INSERT OR UPDATE OR DELETE ON gate_result
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lot_ranking_changed('bid', 'bid_id');
CREATE CONSTRAINT TRIGGER lot_ranking_conflict_declaration AFTER INSERT OR UPDATE OR DELETE ON conflict_declaration
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lot_ranking_changed('bid', 'bid_id');
CREATE CONSTRAINT TRIGGER lot_ranking_scoresheet AFTER INSERT OR UPDATE OR DELETE ON scoresheet_submission
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lot_ranking_changed('bid', 'bid_id');
CREATE CONSTRAINT TRIGGER lot_ranking_score AFTER INSERT OR UPDATE OR DELETE ON score
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lot_ranking_changed('bid', 'bid_id');
CREATE CONSTRAINT TRIGGER lot_ranking_consensus AFTER INSERT OR UPDATE OR DELETE ON consensus_score
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lot_ranking_changed('bid', 'bid_id');
CREATE CONSTRAINT TRIGGER lot_ranking_reconfirmation AFTER INSERT OR UPDATE OR DELETE ON bid_reconfirmation
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lot_ranking_changed('bid', 'bid_id');
