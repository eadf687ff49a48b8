-- The SQL the service runs to record a panellist's score (PUT
-- /api/v1/bids/{bid}/my-scores/{criterion}), statement for statement as
-- PostgreSQL logs it: the sign-in check on its own (no transaction block),
-- then in one transaction the bid's evaluation context, the score (whose
-- trigger marks the lot's stored ranking stale), its audit event on the
-- tender's hash chain, and the bid's scores read back. Targets (bid, panellist, session) come
-- from bench_score_target, which bench/run fills from the dataset. Run with
-- -M prepared, so that variables travel as parameters, as the service's do.
\set n random(1, :targets)
\set criterion random(0, 7)
\set score random(1, 4)
SELECT bid_id, user_id, token_hash, tender_id, lot_id, consortium_id, panel_id FROM bench_score_target WHERE n = :n \gset
SELECT u.id, u.organisation_id, u.role FROM auth_session s JOIN app_user u ON u.id = s.user_id WHERE s.token_hash = :token_hash::bytea AND s.revoked_at IS NULL AND s.expires_at > now();
BEGIN;
SELECT id, consortium_id, tender_id, lot_id, draft::text, draft_version FROM bid WHERE id = :bid_id FOR UPDATE;
SELECT id, organisation_id, reference, title, description, cpv_codes::text, procedure, contract_term_months, extension_months, estimated_value_pence, outcomes::text, partnership_bids_expected, partnership_statement, price_weight, quality_threshold, scoring_scale::text, (extract(epoch FROM clarification_cutoff) * 1e6)::bigint, (extract(epoch FROM stage1_deadline) * 1e6)::bigint, (extract(epoch FROM stage2_deadline) * 1e6)::bigint, standstill_days, status, was_published, cancel_reason, version, (extract(epoch FROM created_at) * 1e6)::bigint, (extract(epoch FROM updated_at) * 1e6)::bigint, pin_summary, (extract(epoch FROM pin_published_at) * 1e6)::bigint, (extract(epoch FROM stage1_opened_at) * 1e6)::bigint, minimum_bids_stage1, minimum_bids_stage2 FROM tender WHERE id = :tender_id;
SELECT p.id, p.tender_id, p.lot_id, p.name, p.version, (extract(epoch FROM p.scoring_due_at) * 1e6)::bigint FROM panel p WHERE p.tender_id = :tender_id AND (p.lot_id = :lot_id OR p.lot_id IS NULL) ORDER BY p.lot_id NULLS LAST LIMIT 1;
SELECT m.user_id, m.kind, m.chair, u.display_name FROM panel_member m JOIN app_user u ON u.id = m.user_id WHERE m.panel_id = :panel_id ORDER BY m.chair DESC, u.display_name, m.user_id;
SELECT id, bid_id, stage, version, content::text, sha256, submitted_by, (extract(epoch FROM submitted_at) * 1e6)::bigint, idempotency_key, (extract(epoch FROM withdrawn_at) * 1e6)::bigint FROM (SELECT * FROM bid_submission WHERE bid_id = :bid_id AND stage = 1 ORDER BY version DESC LIMIT 1) latest WHERE withdrawn_at IS NULL;
SELECT id, tender_id, name, lead_organisation_id, mou_sha256, mou_filename, (extract(epoch FROM locked_at) * 1e6)::bigint, version FROM consortium WHERE id = :consortium_id;
SELECT m.organisation_id, m.role, m.share_bp, m.status, m.acknowledged_mou, o.name FROM consortium_member m JOIN organisation o ON o.id = m.organisation_id WHERE m.consortium_id = :consortium_id ORDER BY m.role = 'lead' DESC, m.invited_at, o.name;
SELECT title, bidder_guidance, panel_guidance, weight, word_limit, min_score FROM criterion WHERE tender_id = :tender_id AND lot_id IS NOT DISTINCT FROM :lot_id::uuid ORDER BY position;
SELECT title, bidder_guidance, panel_guidance, weight, word_limit, min_score FROM criterion WHERE tender_id = :tender_id AND lot_id IS NOT DISTINCT FROM NULL::uuid ORDER BY position;
SELECT lot_id, kind, parameters::text FROM gate WHERE tender_id = :tender_id ORDER BY position;
SELECT user_id, conflicted, description, (extract(epoch FROM declared_at) * 1e6)::bigint FROM conflict_declaration WHERE bid_id = :bid_id AND stage = 1 ORDER BY declared_at, user_id;
SELECT gate, outcome, reason, decided_by, (extract(epoch FROM decided_at) * 1e6)::bigint FROM gate_result WHERE bid_id = :bid_id AND stage = 1 ORDER BY gate;
SELECT user_id, (extract(epoch FROM submitted_at) * 1e6)::bigint FROM scoresheet_submission WHERE bid_id = :bid_id AND stage = 1 ORDER BY submitted_at, user_id;
INSERT INTO score (bid_id, stage, user_id, criterion, score, justification, advice, updated_at) VALUES (:bid_id, 1, :user_id, :criterion, :score, 'Clear evidence', '', now()) ON CONFLICT (bid_id, stage, user_id, criterion) DO UPDATE SET score = excluded.score, justification = excluded.justification, advice = excluded.advice, updated_at = excluded.updated_at;
SELECT audit_append(:tender_id::text, :tender_id::uuid, now(), format('{"chain":"%s","position":', :tender_id::text), format(',"at":"%s","actor":"%s","action":"score.save","entity_type":"bid","entity_id":"%s","before":null,"after":{"criterion":%s,"score":%s}}', now(), :user_id::text, :bid_id::text, :criterion::int, :score::int));
SELECT user_id, criterion, score, justification, advice FROM score WHERE bid_id = :bid_id AND stage = 1 ORDER BY user_id, criterion;
SELECT user_id, (extract(epoch FROM submitted_at) * 1e6)::bigint FROM scoresheet_submission WHERE bid_id = :bid_id AND stage = 1 ORDER BY submitted_at, user_id;
COMMIT;
