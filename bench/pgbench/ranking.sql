-- The SQL the service runs for GET /api/v1/lots/{id}/ranking, statement for
-- statement as PostgreSQL logs it, in the same two transactions: the sign-in
-- check, then the lot, its tender, criteria, tie-breaks, panel, consortia,
-- standing bids of both stages, gate results of both stages, and the stage-2
-- declarations, scoresheets, scores and consensus of the whole lot. Targets
-- come from bench_ranking_target, which bench/run fills from the dataset. Run
-- with -M prepared, so that variables travel as parameters, as the service's do.
\set n random(1, :targets)
SELECT lot_id, tender_id, panel_id, token_hash FROM bench_ranking_target WHERE n = :n \gset
BEGIN;
SELECT u.id, u.organisation_id, u.role FROM auth_session s JOIN app_user u ON u.id = s.user_id WHERE s.token_hash = :token_hash::bytea AND s.revoked_at IS NULL AND s.expires_at > now();
COMMIT;
BEGIN;
SELECT tender_id FROM lot WHERE id = :lot_id;
SELECT id, organisation_id, reference, title, description, cpv_codes::text, procedure, contract_term_months, extension_months, estimated_value_pence, outcomes::text, partnership_bids_expected, partnership_statement, price_weight, quality_threshold, scoring_scale::text, (extract(epoch FROM clarification_cutoff) * 1e6)::bigint, (extract(epoch FROM stage1_deadline) * 1e6)::bigint, (extract(epoch FROM stage2_deadline) * 1e6)::bigint, standstill_days, status, was_published, cancel_reason, version, (extract(epoch FROM created_at) * 1e6)::bigint, (extract(epoch FROM updated_at) * 1e6)::bigint, pin_summary, (extract(epoch FROM pin_published_at) * 1e6)::bigint, (extract(epoch FROM stage1_opened_at) * 1e6)::bigint FROM tender WHERE id = :tender_id;
SELECT id, tender_id, version, number, title, description, locality_or_theme, outcomes::text, annual_value_pence, term_months, max_awards FROM lot WHERE tender_id = :tender_id AND id = :lot_id;
SELECT title, bidder_guidance, panel_guidance, weight, word_limit, min_score FROM criterion WHERE tender_id = :tender_id AND lot_id IS NOT DISTINCT FROM :lot_id::uuid ORDER BY position;
SELECT title, bidder_guidance, panel_guidance, weight, word_limit, min_score FROM criterion WHERE tender_id = :tender_id AND lot_id IS NOT DISTINCT FROM NULL::uuid ORDER BY position;
SELECT bid_id, position, reason FROM tie_break WHERE lot_id = :lot_id ORDER BY position;
SELECT p.id, p.tender_id, p.lot_id, p.name, p.version FROM panel p WHERE p.tender_id = :tender_id AND (p.lot_id = :lot_id OR p.lot_id IS NULL) ORDER BY p.lot_id NULLS LAST LIMIT 1;
SELECT m.user_id, m.kind, m.chair, u.display_name FROM panel_member m JOIN app_user u ON u.id = m.user_id WHERE m.panel_id = :panel_id ORDER BY m.chair DESC, u.display_name, m.user_id;
SELECT b.id, c.name FROM bid b JOIN consortium c ON c.id = b.consortium_id WHERE b.lot_id = :lot_id;
SELECT s.bid_id, b.lot_id, b.consortium_id, (extract(epoch FROM s.submitted_at) * 1e6)::bigint FROM bid_submission s JOIN bid b ON b.id = s.bid_id WHERE s.id IN (SELECT latest.id FROM bid b JOIN LATERAL (SELECT id, withdrawn_at FROM bid_submission s WHERE s.bid_id = b.id AND s.stage = 2 ORDER BY s.version DESC LIMIT 1) latest ON latest.withdrawn_at IS NULL WHERE b.tender_id = :tender_id AND (:lot_id::uuid IS NULL OR b.lot_id = :lot_id)) ORDER BY s.submitted_at, s.id;
SELECT bid_id, gate, outcome, reason, decided_by, (extract(epoch FROM decided_at) * 1e6)::bigint FROM gate_result WHERE bid_id IN (SELECT id FROM bid WHERE lot_id = :lot_id) AND stage = 1 ORDER BY gate;
SELECT bid_id, gate, outcome, reason, decided_by, (extract(epoch FROM decided_at) * 1e6)::bigint FROM gate_result WHERE bid_id IN (SELECT id FROM bid WHERE lot_id = :lot_id) AND stage = 2 ORDER BY gate;
SELECT bid_id, user_id, conflicted, description, (extract(epoch FROM declared_at) * 1e6)::bigint FROM conflict_declaration WHERE bid_id IN (SELECT id FROM bid WHERE lot_id = :lot_id) AND stage = 2 ORDER BY declared_at, user_id;
SELECT bid_id, user_id, (extract(epoch FROM submitted_at) * 1e6)::bigint FROM scoresheet_submission WHERE bid_id IN (SELECT id FROM bid WHERE lot_id = :lot_id) AND stage = 2 ORDER BY submitted_at, user_id;
SELECT bid_id, user_id, criterion, score, justification, advice FROM score WHERE bid_id IN (SELECT id FROM bid WHERE lot_id = :lot_id) AND stage = 2 ORDER BY user_id, criterion;
SELECT bid_id, criterion, score, rationale, moderated_by, (extract(epoch FROM moderated_at) * 1e6)::bigint FROM consensus_score WHERE bid_id IN (SELECT id FROM bid WHERE lot_id = :lot_id) AND stage = 2 ORDER BY criterion;
SELECT s.bid_id, b.lot_id, b.consortium_id, (extract(epoch FROM s.submitted_at) * 1e6)::bigint FROM bid_submission s JOIN bid b ON b.id = s.bid_id WHERE s.id IN (SELECT latest.id FROM bid b JOIN LATERAL (SELECT id, withdrawn_at FROM bid_submission s WHERE s.bid_id = b.id AND s.stage = 1 ORDER BY s.version DESC LIMIT 1) latest ON latest.withdrawn_at IS NULL WHERE b.tender_id = :tender_id AND (:lot_id::uuid IS NULL OR b.lot_id = :lot_id)) ORDER BY s.submitted_at, s.id;
COMMIT;
