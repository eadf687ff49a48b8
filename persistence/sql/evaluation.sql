-- name: panel_insert
INSERT INTO panel (tender_id, lot_id, name, created_at, scoring_due_at)
VALUES ($1, $2, $3, to_timestamp($4 / 1e6), to_timestamp($5::bigint / 1e6))
RETURNING id;

-- name: panel_update
UPDATE panel
SET name = $3, scoring_due_at = to_timestamp($4::bigint / 1e6), version = version + 1
WHERE id = $1 AND version = $2
RETURNING version;

-- name: panel_members_delete
DELETE FROM panel_member
WHERE panel_id = $1;

-- name: panel_members_insert
-- $2: [{user_id, kind, chair}].
INSERT INTO panel_member (panel_id, user_id, kind, chair)
SELECT $1, m.user_id, m.kind, m.chair
FROM json_to_recordset($2::json) AS m(user_id uuid, kind text, chair boolean);

-- name: panellists_among
-- Of the ids in $1 (joined by commas), those of panellists' accounts that are not
-- deactivated: a person who has left is put on no panel.
SELECT id
FROM app_user
WHERE id = ANY (string_to_array($1, ',')::uuid[]) AND role = 'panellist' AND deactivated_at IS NULL;

-- name: panel_by_id
SELECT *
FROM panel_record p
WHERE p.id = $1;

-- name: panel_list
SELECT p.*
FROM panel_record p
LEFT JOIN lot l ON l.id = p.lot_id
WHERE p.tender_id = $1
ORDER BY l.number NULLS FIRST;

-- name: panel_list_of_tenders
-- $1: tender ids joined by commas.
SELECT p.*
FROM panel_record p
LEFT JOIN lot l ON l.id = p.lot_id
WHERE p.tender_id = ANY (string_to_array($1, ',')::uuid[])
ORDER BY p.tender_id, l.number NULLS FIRST;

-- name: panel_list_of_member
SELECT *
FROM panel_record p
WHERE p.id IN (SELECT panel_id FROM panel_member WHERE user_id = $1)
ORDER BY p.created_at, p.id;

-- name: panel_for_lot
SELECT *
FROM panel_record p
WHERE p.id = panel_for_lot($1, $2);

-- name: panellist_list
-- Panellists who may be seated: not those deactivated (panellists_among refuses them).
SELECT u.id, u.display_name, o.name AS organisation_name
FROM app_user u
JOIN organisation o ON o.id = u.organisation_id
WHERE u.role = 'panellist' AND u.deactivated_at IS NULL
ORDER BY u.display_name, u.id;

-- name: declaration_upsert
INSERT INTO conflict_declaration (bid_id, stage, user_id, conflicted, description, declared_at)
VALUES ($1, $2, $3, $4, $5, to_timestamp($6 / 1e6))
ON CONFLICT (bid_id, stage, user_id)
DO UPDATE SET conflicted = excluded.conflicted, description = excluded.description, declared_at =
    excluded.declared_at;

-- name: declaration_list
SELECT user_id, conflicted, description, micros(declared_at) AS declared_at
FROM conflict_declaration
WHERE bid_id = $1 AND stage = $2
ORDER BY declared_at, user_id;

-- name: evaluation_rows_of_bid
-- What the panel recorded on bid $1 in stage $2 (bid_evaluation, sql/040), with
-- the scores and consensus only when $3.
SELECT e.bid_id, e.declarations, e.submissions, CASE WHEN $3 THEN e.scores ELSE '[]' END AS scores,
    CASE WHEN $3 THEN e.consensus ELSE '[]' END AS consensus
FROM bid_evaluation e
WHERE e.bid_id = $1 AND e.stage = $2;

-- name: evaluation_rows_of_lot
-- ... on each bid of lot $1.
SELECT e.bid_id, e.declarations, e.submissions, CASE WHEN $3 THEN e.scores ELSE '[]' END AS scores,
    CASE WHEN $3 THEN e.consensus ELSE '[]' END AS consensus
FROM bid_evaluation e
WHERE e.lot_id = $1 AND e.stage = $2;

-- name: evaluation_rows_of_tender
-- ... on each bid of tender $1.
SELECT e.bid_id, e.declarations, e.submissions, CASE WHEN $3 THEN e.scores ELSE '[]' END AS scores,
    CASE WHEN $3 THEN e.consensus ELSE '[]' END AS consensus
FROM bid_evaluation e
WHERE e.tender_id = $1 AND e.stage = $2;

-- name: evaluation_rows_of_panel
-- ... on each bid of the lots panel $1 evaluates.
SELECT e.bid_id, e.declarations, e.submissions, CASE WHEN $3 THEN e.scores ELSE '[]' END AS scores,
    CASE WHEN $3 THEN e.consensus ELSE '[]' END AS consensus
FROM bid_evaluation e
WHERE e.stage = $2 AND e.lot_id IN (
    SELECT l.id FROM lot l JOIN panel p ON p.tender_id = l.tender_id
    WHERE p.id = $1 AND panel_for_lot(l.tender_id, l.id) = p.id
);

-- name: evaluation_rows_of_panels
-- ... declarations and scoresheets on each bid of the lots several panels evaluate,
-- each panel in its own stage ($1: panel ids, $2: their stages, joined by commas).
SELECT e.bid_id, e.declarations, e.submissions, '[]' AS scores, '[]' AS consensus
FROM unnest(string_to_array($1, ',')::uuid[], string_to_array($2, ',')::int[]) AS w(panel_id, stage)
JOIN panel p ON p.id = w.panel_id
JOIN lot l ON l.tender_id = p.tender_id AND panel_for_lot(l.tender_id, l.id) = p.id
JOIN bid_evaluation e ON e.lot_id = l.id AND e.stage = w.stage;

-- name: gate_result_upsert
INSERT INTO gate_result (bid_id, stage, gate, outcome, reason, decided_by, decided_at)
VALUES ($1, $2, $3, $4, $5, $6, to_timestamp($7 / 1e6))
ON CONFLICT (bid_id, stage, gate)
DO UPDATE SET outcome = excluded.outcome, reason = excluded.reason, decided_by = excluded.decided_by,
    decided_at = excluded.decided_at;

-- name: gate_results_save
-- $2: [{bid_id, gate, outcome, reason, decided_by, decided_at}] for stage $1.
INSERT INTO gate_result (bid_id, stage, gate, outcome, reason, decided_by, decided_at)
SELECT r.bid_id, $1, r.gate, r.outcome, r.reason, r.decided_by, to_timestamp(r.decided_at / 1e6)
FROM json_to_recordset($2::json) AS r(bid_id uuid, gate int, outcome text, reason text, decided_by uuid,
    decided_at bigint)
ON CONFLICT (bid_id, stage, gate)
DO UPDATE SET outcome = excluded.outcome, reason = excluded.reason, decided_by = excluded.decided_by,
    decided_at = excluded.decided_at;

-- name: stage1_judgements
-- The stage-1 gate results of tender $1 that a person decided, each with the
-- declaration it judged (null once that submission no longer stands).
SELECT bid_id, gate, outcome, reason, decided_by, micros(decided_at) AS decided_at, declared
FROM (
    SELECT r.*, (s.content -> 'declarations' -> r.gate)::text AS declared
    FROM gate_result r
    JOIN bid b ON b.id = r.bid_id
    LEFT JOIN standing_bid standing ON standing.bid_id = b.id AND standing.stage = 1
    LEFT JOIN bid_submission s ON s.id = standing.submission_id
    WHERE b.tender_id = $1 AND r.stage = 1 AND r.decided_by IS NOT NULL
) judged
ORDER BY bid_id, gate;

-- name: gate_result_list
SELECT gate, outcome, reason, decided_by, decided_at
FROM gate_result_record
WHERE bid_id = $1 AND stage = $2
ORDER BY gate;

-- name: gate_result_list_for_lot_by_stage
SELECT stage, bid_id, gate, outcome, reason, decided_by, decided_at
FROM gate_result_record
WHERE bid_id IN (SELECT id FROM bid WHERE lot_id = $1) AND stage IN (1, 2)
ORDER BY gate;

-- name: gate_result_list_for_tenders
-- $1: tender ids joined by commas.
SELECT bid_id, gate, outcome, reason, decided_by, decided_at
FROM gate_result_record
WHERE bid_id IN (SELECT id FROM bid WHERE tender_id = ANY (string_to_array($1, ',')::uuid[])) AND stage = $2
ORDER BY gate;

-- name: gate_result_list_in_stages
-- $1: tender ids, $2: the stage of each, joined by commas.
SELECT g.bid_id, g.gate, g.outcome, g.reason, g.decided_by, g.decided_at
FROM unnest(string_to_array($1, ',')::uuid[], string_to_array($2, ',')::int[]) AS w(tender_id, stage)
JOIN bid b ON b.tender_id = w.tender_id
JOIN gate_result_record g ON g.bid_id = b.id AND g.stage = w.stage
ORDER BY g.gate;

-- name: score_save
-- A draft score, and its audit event ($9 to $13, as audit_append takes them:
-- sql/038_audit_append.sql) in the same round trip.
WITH saved AS (
    INSERT INTO score (bid_id, stage, user_id, criterion, score, justification, advice, updated_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, to_timestamp($8 / 1e6))
    ON CONFLICT (bid_id, stage, user_id, criterion)
    DO UPDATE SET score = excluded.score, justification = excluded.justification, advice = excluded.advice,
        updated_at = excluded.updated_at
)
SELECT audit_append($9, $10, to_timestamp($11 / 1e6), $12, $13);

-- name: scoresheet_lock
-- Holds user $2's scoresheet on bid $1 until the transaction ends (advisory lock
-- class 1: scoresheets), so that saving a draft score and submitting the scoresheet
-- take turns. A statement of its own: under READ COMMITTED a statement reads as of
-- its start, so the context must be read by the next one, after the wait, to see
-- what the previous holder committed.
SELECT pg_advisory_xact_lock(1, hashtext($1::text || '/' || $2::text));

-- name: scoresheet_context
-- What saving or submitting user $2's scores on bid $1 looks at, for the stage
-- evaluators may open now (stage 1 before any has closed, which the use case
-- refuses as sealed): read by name in evaluation_repository.cpp.
SELECT b.tender_id, t.organisation_id AS tender_organisation_id, b.lot_id, t.status, t.scoring_scale::text AS scale,
    EXISTS (
        SELECT 1 FROM panel_member m WHERE m.panel_id = panel_for_lot(b.tender_id, b.lot_id) AND m.user_id = $2
    ) AS seated,
    (SELECT count(*) FROM criterion k WHERE k.tender_id = b.tender_id AND k.lot_id IS NOT DISTINCT FROM s.criteria_lot)::int
        AS criteria,
    s.stage, standing.submission_id IS NOT NULL AS standing,
    (SELECT c.conflicted FROM conflict_declaration c WHERE c.bid_id = b.id AND c.stage = s.stage AND c.user_id = $2)
        AS conflicted,
    bid_excluded(b.id, s.stage) AS failed_gate,
    (SELECT micros(x.submitted_at) FROM scoresheet_submission x
     WHERE x.bid_id = b.id AND x.stage = s.stage AND x.user_id = $2) AS submitted_at,
    (SELECT coalesce(json_agg(json_build_array(sc.criterion, sc.score, sc.justification, sc.advice)), '[]')
     FROM score sc WHERE sc.bid_id = b.id AND sc.stage = s.stage AND sc.user_id = $2)::text AS scores
FROM bid b
JOIN tender t ON t.id = b.tender_id
-- Asked once, not once per criterion row: OFFSET 0 keeps the planner from
-- folding this into the count below, which would call criteria_lot per row.
CROSS JOIN LATERAL (SELECT greatest(latest_closed_stage(t.status), 1) AS stage,
                           criteria_lot(b.tender_id, b.lot_id) AS criteria_lot OFFSET 0) s
LEFT JOIN standing_bid standing ON standing.bid_id = b.id AND standing.stage = s.stage
WHERE b.id = $1;

-- name: evaluation_access
-- Who may read bid $1 as its evaluator (user $2), in stage $3 if given, else
-- the latest closed: read by name in evaluation_repository.cpp.
SELECT b.tender_id, t.organisation_id AS tender_organisation_id, b.lot_id, t.status, t.scoring_scale::text AS
    scale, EXISTS (
    SELECT 1
    FROM panel_member m
    WHERE m.panel_id = panel_for_lot(b.tender_id, b.lot_id) AND m.user_id = $2
) AS seated, s.stage, (
    SELECT c.conflicted
    FROM conflict_declaration c
    WHERE c.bid_id = b.id AND c.stage = s.stage AND c.user_id = $2
) AS conflicted, sub.id AS submission_id, sub.version, sub.sha256, micros(sub.submitted_at) AS submitted_at,
    sub.content::text AS content, co.name AS consortium_name, (
    SELECT coalesce(json_agg(json_build_array(o.name, m.role, m.share_bp) ORDER BY m.role = 'lead' DESC,
        m.invited_at, o.name), '[]')
    FROM consortium_member m
    JOIN organisation o ON o.id = m.organisation_id
    WHERE m.consortium_id = b.consortium_id AND m.status = 'accepted'
)::text AS members
FROM bid b
JOIN tender t ON t.id = b.tender_id
JOIN consortium co ON co.id = b.consortium_id
CROSS JOIN LATERAL (SELECT coalesce($3::int, latest_closed_stage(t.status)) AS stage) s
LEFT JOIN standing_bid standing ON standing.bid_id = b.id AND standing.stage = s.stage
LEFT JOIN bid_submission sub ON sub.id = standing.submission_id
WHERE b.id = $1;

-- name: scoring_frame
-- What bid $3 of lot $2 (tender $1) is scored against, and its gates' results
-- in stage $4: read by name in evaluation_repository.cpp.
SELECT lot_criteria_json($1, $2) AS criteria, lot_gates_json($1, $2) AS gates, (
    SELECT coalesce(json_agg(json_build_array(r.gate, r.outcome, r.reason, r.decided_by, micros(r.decided_at))
        ORDER BY r.gate), '[]')
    FROM gate_result r
    WHERE r.bid_id = $3 AND r.stage = $4
)::text AS results;

-- name: lot_frames
-- Each lot of tender $1 with what it is evaluated with: its panel (panel_record's
-- columns first, null when it has none), criteria, gates, and how many documents
-- bids attach.
SELECT p.*, l.id AS framed_lot, lot_criteria_json($1, l.id) AS criteria, lot_gates_json($1, l.id) AS gates,
    (SELECT count(*) FROM required_document WHERE tender_id = $1)::int AS required_documents
FROM lot l
LEFT JOIN panel_record p ON p.id = panel_for_lot($1, l.id)
WHERE l.tender_id = $1
ORDER BY l.number;

-- name: score_list
SELECT user_id, criterion, score, justification, advice
FROM score
WHERE bid_id = $1 AND stage = $2
ORDER BY user_id, criterion;

-- name: scoresheet_submit
INSERT INTO scoresheet_submission (bid_id, stage, user_id, submitted_at)
VALUES ($1, $2, $3, to_timestamp($4 / 1e6));

-- name: scoresheet_list
SELECT user_id, micros(submitted_at) AS submitted_at
FROM scoresheet_submission
WHERE bid_id = $1 AND stage = $2
ORDER BY submitted_at, user_id;

-- name: consensus_upsert
INSERT INTO consensus_score (bid_id, stage, criterion, score, rationale, moderated_by, moderated_at)
VALUES ($1, $2, $3, $4, $5, $6, to_timestamp($7 / 1e6))
ON CONFLICT (bid_id, stage, criterion)
DO UPDATE SET score = excluded.score, rationale = excluded.rationale, moderated_by = excluded.moderated_by,
    moderated_at = excluded.moderated_at;

-- name: consensus_list
SELECT criterion, score, rationale, moderated_by, micros(moderated_at) AS moderated_at
FROM consensus_score
WHERE bid_id = $1 AND stage = $2
ORDER BY criterion;

-- name: feedback_upsert
INSERT INTO bid_feedback (bid_id, text, suggested_lot_id, edited_by, updated_at, advice)
VALUES ($1, $2, $3, $4, to_timestamp($5 / 1e6), $6::jsonb)
ON CONFLICT (bid_id)
DO UPDATE SET text = excluded.text, suggested_lot_id = excluded.suggested_lot_id, edited_by =
    excluded.edited_by, updated_at = excluded.updated_at, advice = excluded.advice;

-- name: feedback_by_bid
SELECT text, suggested_lot_id, edited_by, micros(updated_at) AS updated_at, advice::text
FROM bid_feedback
WHERE bid_id = $1;

-- name: feedback_release_insert
INSERT INTO feedback_release (tender_id, shows_scores, released_by, released_at)
VALUES ($1, $2, $3, to_timestamp($4 / 1e6));

-- name: feedback_release_by_tender
SELECT shows_scores, micros(released_at)
FROM feedback_release
WHERE tender_id = $1;
