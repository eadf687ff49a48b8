-- What the ranking benchmarks read: every lot of the tenders taken to ranking
-- (those in stage-2 evaluation), with its panel and the commissioner's live session.
DROP TABLE IF EXISTS bench_ranking_target;
CREATE TABLE bench_ranking_target AS
SELECT row_number() OVER (ORDER BY l.id)::int AS n, l.id AS lot_id, l.tender_id, p.id AS panel_id,
       (SELECT s.token_hash FROM auth_session s JOIN app_user u ON u.id = s.user_id
        WHERE u.organisation_id = t.organisation_id AND u.role = 'commissioner' AND s.revoked_at IS NULL
        ORDER BY s.expires_at DESC LIMIT 1) AS token_hash
FROM lot l JOIN tender t ON t.id = l.tender_id AND t.reference LIKE 'BENCH-%' AND t.status = 'stage2_evaluation'
JOIN panel p ON p.lot_id = l.id;
ALTER TABLE bench_ranking_target ADD PRIMARY KEY (n);
ANALYZE bench_ranking_target;
