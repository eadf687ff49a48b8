-- The least SQL that saving a draft score needs, whoever writes it: in one
-- transaction the score's upsert and the append of its audit event to the
-- tender's hash chain. No sign-in check, no access rules, no reads: the
-- benchmark's floor. Targets as for score_write.sql.
\set n random(1, :targets)
\set criterion random(0, 7)
\set score random(1, 4)
SELECT bid_id, user_id, organisation_id, tender_id FROM bench_score_target WHERE n = :n \gset
BEGIN;
INSERT INTO score (bid_id, stage, user_id, criterion, score, justification, advice, updated_at) VALUES (:bid_id, 1, :user_id, :criterion, :score, 'Clear evidence', '', now()) ON CONFLICT (bid_id, stage, user_id, criterion) DO UPDATE SET score = excluded.score, justification = excluded.justification, advice = excluded.advice, updated_at = excluded.updated_at;
SELECT audit_append(:tender_id::text, :tender_id::uuid, now(), format('{"chain":"%s","position":', :tender_id::text), format(',"at":"%s","actor":"%s","organisation":"%s","role":"panellist","action":"score.save","entity_type":"bid","entity_id":"%s","before":%s,"after":{"stage":%s,"criterion":%s,"score":%s}}', now(), :user_id::text, :organisation_id::text, :bid_id::text, 'null', 1, :criterion::int, :score::int));
COMMIT;
