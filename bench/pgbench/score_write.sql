-- The SQL the service runs to save a panellist's draft score (PUT
-- /api/v1/bids/{bid}/my-scores/{criterion}), statement for statement as
-- PostgreSQL logs it: the sign-in check on its own (no transaction block), then
-- in one transaction the scoresheet's context (the bid row locked), then in one
-- statement the score (whose trigger marks the lot's stored ranking stale) and its
-- audit event on the tender's hash chain. Targets (bid, panellist, session) come from
-- bench_score_target, which bench/run fills from the dataset. Run with
-- -M prepared, so that variables travel as parameters, as the service's do
-- (pgbench takes a colon before a name as a variable even in a string, so the
-- audit event's JSON has no ":null" or ":1").
\set n random(1, :targets)
\set criterion random(0, 7)
\set score random(1, 4)
SELECT bid_id, user_id, organisation_id, token_hash, tender_id FROM bench_score_target WHERE n = :n \gset
SELECT u.id, u.organisation_id, u.role, s.csrf_hash FROM auth_session s JOIN app_user u ON u.id = s.user_id WHERE s.token_hash = :token_hash::bytea AND s.revoked_at IS NULL AND s.expires_at > now();
BEGIN;
SELECT b.tender_id, t.organisation_id AS tender_organisation_id, b.lot_id, t.status, t.scoring_scale::text AS scale, EXISTS (SELECT 1 FROM panel_member m WHERE m.panel_id = panel_for_lot(b.tender_id, b.lot_id) AND m.user_id = :user_id) AS seated, (SELECT count(*) FROM criterion k WHERE k.tender_id = b.tender_id AND k.lot_id IS NOT DISTINCT FROM criteria_lot(b.tender_id, b.lot_id))::int AS criteria, s.stage, standing.submission_id IS NOT NULL AS standing, (SELECT c.conflicted FROM conflict_declaration c WHERE c.bid_id = b.id AND c.stage = s.stage AND c.user_id = :user_id) AS conflicted, EXISTS (SELECT 1 FROM gate_result g WHERE g.bid_id = b.id AND g.stage = s.stage AND g.outcome = 'fail') AS failed_gate, (SELECT micros(x.submitted_at) FROM scoresheet_submission x WHERE x.bid_id = b.id AND x.stage = s.stage AND x.user_id = :user_id) AS submitted_at, (SELECT coalesce(json_agg(json_build_array(sc.criterion, sc.score, sc.justification, sc.advice)), '[]') FROM score sc WHERE sc.bid_id = b.id AND sc.stage = s.stage AND sc.user_id = :user_id)::text AS scores FROM bid b JOIN tender t ON t.id = b.tender_id CROSS JOIN LATERAL (SELECT greatest(latest_closed_stage(t.status), 1) AS stage) s LEFT JOIN standing_bid standing ON standing.bid_id = b.id AND standing.stage = s.stage WHERE b.id = :bid_id FOR UPDATE OF b;
WITH saved AS (INSERT INTO score (bid_id, stage, user_id, criterion, score, justification, advice, updated_at) VALUES (:bid_id, 1, :user_id, :criterion, :score, 'Clear evidence', '', now()) ON CONFLICT (bid_id, stage, user_id, criterion) DO UPDATE SET score = excluded.score, justification = excluded.justification, advice = excluded.advice, updated_at = excluded.updated_at) SELECT audit_append(:tender_id::text, :tender_id::uuid, now(), format('{"chain":"%s","position":', :tender_id::text), format(',"at":"%s","actor":"%s","organisation":"%s","role":"panellist","action":"score.save","entity_type":"bid","entity_id":"%s","before":%s,"after":{"stage":%s,"criterion":%s,"score":%s}}', now(), :user_id::text, :organisation_id::text, :bid_id::text, 'null', 1, :criterion::int, :score::int));
COMMIT;
