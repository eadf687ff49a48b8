-- What the score benchmarks aim at: every bid of the first :tenders unscored
-- tenders (BENCH-0, BENCH-1, ...) with each member of its lot's panel, and a live
-- session of that panellist. Run with psql -v tenders=N.
DROP TABLE IF EXISTS bench_score_target;
CREATE TABLE bench_score_target AS
SELECT row_number() OVER (ORDER BY b.id, m.user_id)::int AS n, b.id AS bid_id, m.user_id, b.tender_id, b.lot_id,
       b.consortium_id, p.id AS panel_id, u.organisation_id,
       (SELECT s.token_hash FROM auth_session s WHERE s.user_id = m.user_id AND s.revoked_at IS NULL
        ORDER BY s.expires_at DESC LIMIT 1) AS token_hash
FROM bid b JOIN tender t ON t.id = b.tender_id
  AND t.reference IN (SELECT 'BENCH-' || g FROM generate_series(0, :tenders - 1) g)
JOIN panel p ON p.lot_id = b.lot_id JOIN panel_member m ON m.panel_id = p.id JOIN app_user u ON u.id = m.user_id;
ALTER TABLE bench_score_target ADD PRIMARY KEY (n);
ANALYZE bench_score_target;
SELECT count(*) AS targets FROM bench_score_target;
