-- Rules that statements need, written once here and used by every statement that
-- asks them (tests/persistence/evaluation_predicates_test.cpp holds each to its
-- domain/ twin). Simple SQL functions: the planner inlines them.

-- Whether bid p_bid (of lot p_lot) may be evaluated in stage p_stage: its lot is
-- not cancelled, and no correction of the lot since its submission still waits
-- for its reconfirmation.
CREATE FUNCTION bid_evaluable(p_bid uuid, p_lot uuid, p_stage int) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT NOT EXISTS (SELECT 1 FROM bid_reconfirmation r
                       WHERE r.bid_id = p_bid AND r.stage = p_stage AND r.resolved_at IS NULL)
       AND NOT EXISTS (SELECT 1 FROM lot WHERE lot.id = p_lot AND lot.cancelled_at IS NOT NULL)
$$;

-- The panel that evaluates a lot: the lot's own, else the tender's panel for every lot.
CREATE FUNCTION panel_for_lot(p_tender uuid, p_lot uuid) RETURNS uuid
LANGUAGE sql STABLE AS $$
    SELECT p.id FROM panel p WHERE p.tender_id = p_tender AND (p.lot_id = p_lot OR p.lot_id IS NULL)
    ORDER BY p.lot_id NULLS LAST LIMIT 1
$$;

-- A bid's standing submission for a stage: its latest, unless withdrawn or the bid
-- is not evaluable in that stage; null when there is none.
CREATE FUNCTION standing_submission(p_bid uuid, p_lot uuid, p_stage int) RETURNS uuid
LANGUAGE sql STABLE AS $$
    SELECT latest.id FROM (SELECT id, withdrawn_at FROM bid_submission
                           WHERE bid_id = p_bid AND stage = p_stage ORDER BY version DESC LIMIT 1) latest
    WHERE latest.withdrawn_at IS NULL AND bid_evaluable(p_bid, p_lot, p_stage)
$$;

-- The latest stage whose deadline has passed and whose bids evaluators may open;
-- 0 before stage 1 closes. Twin of domain::latest_closed_stage.
CREATE FUNCTION latest_closed_stage(p_status text) RETURNS int
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE p_status WHEN 'stage1_evaluation' THEN 1 WHEN 'stage2_open' THEN 1
                         WHEN 'stage2_evaluation' THEN 2 WHEN 'standstill' THEN 2 WHEN 'awarded' THEN 2
                         ELSE 0 END
$$;

-- Whose criteria a lot is scored on: the lot's own when it has any (this lot's
-- id), else the tender's (null).
CREATE FUNCTION criteria_lot(p_tender uuid, p_lot uuid) RETURNS uuid
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN EXISTS (SELECT 1 FROM criterion k WHERE k.tender_id = p_tender AND k.lot_id = p_lot)
                THEN p_lot END
$$;
