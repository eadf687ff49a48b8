-- The SQL the service runs for GET /api/v1/lots/{id}/ranking once the lot's
-- ranking is kept ready (computed on the first read after a change to its
-- inputs; sql/031_lot_ranking.sql), statement for statement as PostgreSQL logs
-- it, each standing alone as the service runs them (no transaction block): the
-- sign-in check, then the lot's tender, whether the lot is cancelled and the
-- stored ranking in one statement. Targets come from bench_ranking_target,
-- which bench/run fills from the dataset. Run with -M prepared, so that
-- variables travel as parameters, as the service's do.
-- `r.format = 2` is answer_format in api/evaluation/get_ranking.cpp.
\set n random(1, :targets)
SELECT lot_id, tender_id, panel_id, token_hash FROM bench_ranking_target WHERE n = :n \gset
SELECT u.id, u.organisation_id, u.role FROM auth_session s JOIN app_user u ON u.id = s.user_id WHERE s.token_hash = :token_hash::bytea AND s.revoked_at IS NULL AND s.expires_at > now();
SELECT t.*, l.cancelled_at IS NOT NULL AS cancelled, coalesce(r.generation, 0) AS generation, CASE WHEN r.computed_generation = r.generation AND r.format = 2 THEN r.body END AS body FROM lot l JOIN tender_record t ON t.id = l.tender_id LEFT JOIN lot_ranking r ON r.lot_id = l.id WHERE l.id = :lot_id;
