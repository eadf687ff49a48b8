-- Rules the reminders ask, written once here and held to their domain/ twins by
-- tests/persistence/evaluation_predicates_test.cpp.

-- A bid's latest version sent to stage p_stage, unless it was withdrawn (a
-- withdrawal marks only the latest version); null when none stands sent. What
-- standing_submission also asks, before whether the bid may be evaluated.
CREATE FUNCTION sent_submission(p_bid uuid, p_stage int) RETURNS uuid
LANGUAGE sql STABLE AS $$
    SELECT latest.id FROM (SELECT id, withdrawn_at FROM bid_submission
                           WHERE bid_id = p_bid AND stage = p_stage ORDER BY version DESC LIMIT 1) latest
    WHERE latest.withdrawn_at IS NULL
$$;

-- Whether a failed minimum requirement put bid p_bid out of the tender in stage p_stage.
CREATE FUNCTION bid_excluded(p_bid uuid, p_stage int) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM gate_result g WHERE g.bid_id = p_bid AND g.stage = p_stage AND g.outcome = 'fail')
$$;
