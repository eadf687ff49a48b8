-- name: job_claim
SELECT name
FROM scheduled_job
WHERE next_run_at <= to_timestamp($1 / 1e6)
ORDER BY next_run_at
LIMIT 1
FOR UPDATE SKIP LOCKED;

-- name: job_finish
UPDATE scheduled_job
SET last_run_at = to_timestamp($2 / 1e6), next_run_at = to_timestamp($2 / 1e6) + every, last_error = $3
WHERE name = $1;

-- name: reminder_unsubmitted_bids
-- Bids of open stages whose deadline is near and that have no version sent to
-- the stage (sent_submission, sql/041), in lots still going ahead; in stage 2
-- only bids that stood at the end of stage 1 and were not put out by a gate.
SELECT b.id AS bid_id, d.stage, micros(d.deadline) AS deadline
FROM bid b
JOIN tender t ON t.id = b.tender_id
CROSS JOIN LATERAL (
    SELECT CASE t.status WHEN 'stage1_open' THEN 1 ELSE 2 END AS stage, CASE t.status WHEN 'stage1_open' THEN
        t.stage1_deadline ELSE t.stage2_deadline END AS deadline
) d
WHERE t.status IN ('stage1_open', 'stage2_open') AND d.deadline > to_timestamp($1 / 1e6) AND d.deadline <=
    to_timestamp($1 / 1e6) + make_interval(days => $2) AND NOT EXISTS (
    SELECT 1
    FROM lot
    WHERE lot.id = b.lot_id AND lot.cancelled_at IS NOT NULL
) AND sent_submission(b.id, d.stage) IS NULL
    AND (d.stage = 1 OR (standing_submission(b.id, b.lot_id, 1) IS NOT NULL AND NOT bid_excluded(b.id, 1)))
ORDER BY d.deadline, b.id;

-- name: reminder_unscored_work
-- Per panel member, the bids they can still score: standing in the stage under
-- evaluation, evaluable (lot not cancelled, no reconfirmation outstanding), not
-- excluded by a failed gate, not declared a conflict, scoresheet not yet sent.
SELECT p.id AS panel_id, p.name AS panel_name, m.user_id, d.stage, count(*)::int AS bids,
    micros(p.scoring_due_at) AS due, (SELECT to_json(r)::text FROM tender_record r WHERE r.id = t.id) AS tender
FROM panel p
JOIN tender t ON t.id = p.tender_id
JOIN panel_member m ON m.panel_id = p.id
CROSS JOIN LATERAL (SELECT CASE t.status WHEN 'stage1_evaluation' THEN 1 ELSE 2 END AS stage) d
JOIN bid b ON b.tender_id = t.id AND panel_for_lot(t.id, b.lot_id) = p.id
JOIN standing_bid x ON x.bid_id = b.id AND x.stage = d.stage
WHERE t.status IN ('stage1_evaluation', 'stage2_evaluation') AND p.scoring_due_at > to_timestamp($1 / 1e6)
    AND p.scoring_due_at <= to_timestamp($1 / 1e6) + make_interval(days => $2) AND NOT bid_excluded(b.id, d.stage)
    AND NOT EXISTS (
    SELECT 1
    FROM scoresheet_submission x
    WHERE x.bid_id = b.id AND x.stage = d.stage AND x.user_id = m.user_id
) AND NOT EXISTS (
    SELECT 1
    FROM conflict_declaration c
    WHERE c.bid_id = b.id AND c.stage = d.stage AND c.user_id = m.user_id AND c.conflicted
)
GROUP BY p.id, p.name, t.id, m.user_id, d.stage, p.scoring_due_at
ORDER BY p.id, m.user_id;

-- name: reminder_ended_standstills
SELECT micros(d.standstill_ends_at) AS ended,
    (SELECT to_json(r)::text FROM tender_record r WHERE r.id = d.tender_id) AS tender,
    (SELECT to_json(l)::text FROM lot_record l WHERE l.id = d.lot_id) AS lot
FROM award_decision d
WHERE d.standstill_ends_at <= to_timestamp($1 / 1e6) AND EXISTS (
    SELECT 1
    FROM award a
    WHERE a.lot_id = d.lot_id AND a.status = 'proposed'
)
ORDER BY d.lot_id;
