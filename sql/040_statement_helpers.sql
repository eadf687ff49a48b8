-- What the statements in persistence/sql/ share, written once here.

-- A time as the service reads it: microseconds since the epoch (persistence/columns.hpp).
-- STABLE like extract() on timestamptz, so that the planner inlines it.
CREATE FUNCTION micros(p_time timestamptz) RETURNS bigint
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT (extract(epoch FROM p_time) * 1e6)::bigint
$$;

-- The records the repositories read, one column list each, decoded by column name
-- (persistence/columns.cpp and the repositories). Times as micros().

CREATE VIEW tender_record AS
SELECT t.id, t.organisation_id, t.reference, t.title, t.description, t.cpv_codes::text AS cpv_codes, t.procedure,
       t.contract_term_months, t.extension_months, t.estimated_value_pence, t.outcomes::text AS outcomes,
       t.partnership_bids_expected, t.partnership_statement, t.price_weight, t.quality_threshold,
       t.scoring_scale::text AS scoring_scale, micros(t.clarification_cutoff) AS clarification_cutoff,
       micros(t.stage1_deadline) AS stage1_deadline, micros(t.stage2_deadline) AS stage2_deadline,
       t.standstill_days, t.status, t.was_published, t.cancel_reason, t.version, micros(t.created_at) AS created_at,
       micros(t.updated_at) AS updated_at, t.pin_summary, micros(t.pin_published_at) AS pin_published_at,
       micros(t.stage1_opened_at) AS stage1_opened_at, t.minimum_bids_stage1, t.minimum_bids_stage2,
       (SELECT o.name FROM organisation o WHERE o.id = t.organisation_id) AS organisation_name
FROM tender t;

CREATE VIEW lot_record AS
SELECT id, tender_id, version, number, title, description, locality_or_theme, outcomes::text AS outcomes,
       annual_value_pence, term_months, max_awards, micros(cancelled_at) AS cancelled_at, cancel_reason, cancelled_by
FROM lot;

CREATE VIEW bid_record AS
SELECT id, consortium_id, tender_id, lot_id, draft::text AS draft, draft_version, micros(created_at) AS created_at
FROM bid;

-- A consortium with the latest agreement to change its membership, if any. Scalar
-- sub-queries, not a join, so that FOR UPDATE locks the consortium's row alone.
CREATE VIEW consortium_record AS
SELECT c.id, c.tender_id, c.name, c.lead_organisation_id, c.mou_sha256, c.mou_filename,
       micros(c.locked_at) AS locked_at, c.version,
       (SELECT a.reason FROM consortium_change_agreement a WHERE a.consortium_id = c.id
        ORDER BY a.agreed_at DESC LIMIT 1) AS change_reason,
       (SELECT micros(a.agreed_at) FROM consortium_change_agreement a WHERE a.consortium_id = c.id
        ORDER BY a.agreed_at DESC LIMIT 1) AS change_agreed_at,
       micros(c.created_at) AS created_at
FROM consortium c;

-- A consortium's members as a JSON list, lead first (members_from() in persistence/columns.cpp).
CREATE FUNCTION consortium_members_json(p_consortium uuid) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT coalesce(json_agg(json_build_object('organisation_id', m.organisation_id, 'role', m.role,
                                               'share_bp', m.share_bp, 'status', m.status,
                                               'acknowledged_mou', m.acknowledged_mou, 'name', o.name)
                             ORDER BY m.role = 'lead' DESC, m.invited_at, o.name), '[]')::text
    FROM consortium_member m JOIN organisation o ON o.id = m.organisation_id
    WHERE m.consortium_id = p_consortium
$$;

CREATE VIEW submission_record AS
SELECT id, bid_id, stage, version, content::text AS content, sha256, submitted_by,
       micros(submitted_at) AS submitted_at, idempotency_key, micros(withdrawn_at) AS withdrawn_at, declaration,
       signed_draft_sha256
FROM bid_submission;

-- A clarification with the name of the organisation that asked.
CREATE VIEW clarification_record AS
SELECT c.id, c.tender_id, c.lot_id, c.asked_by_organisation,
       (SELECT o.name FROM organisation o WHERE o.id = c.asked_by_organisation) AS asked_by_name, c.question,
       micros(c.asked_at) AS asked_at, c.answer, micros(c.answered_at) AS answered_at, c.published_question,
       micros(c.published_at) AS published_at, c.lot_correction::text AS lot_correction, c.changes_tender_documents
FROM clarification c;

-- An information session with its seat counts.
CREATE VIEW session_record AS
SELECT s.id, s.tender_id, micros(s.starts_at) AS starts_at, micros(s.ends_at) AS ends_at, s.place, s.online_link,
       s.capacity,
       (SELECT count(*) FROM session_booking b WHERE b.session_id = s.id AND b.status = 'confirmed')::int AS confirmed,
       (SELECT count(*) FROM session_booking b WHERE b.session_id = s.id AND b.status = 'waiting')::int AS waiting
FROM information_session s;

-- A panel with its members as JSON, chair first.
CREATE VIEW panel_record AS
SELECT p.id, p.tender_id, p.lot_id, p.name, p.version, micros(p.scoring_due_at) AS scoring_due_at,
       (SELECT coalesce(json_agg(json_build_object('user_id', m.user_id, 'kind', m.kind, 'chair', m.chair,
                                                   'name', u.display_name)
                                 ORDER BY m.chair DESC, u.display_name, m.user_id), '[]')
        FROM panel_member m JOIN app_user u ON u.id = m.user_id WHERE m.panel_id = p.id)::text AS members,
       micros(p.created_at) AS created_at
FROM panel p;

CREATE VIEW gate_result_record AS
SELECT bid_id, stage, gate, outcome, reason, decided_by, micros(decided_at) AS decided_at
FROM gate_result;

-- An award, with the name of the partnership that won it.
CREATE VIEW award_record AS
SELECT a.id, a.lot_id, a.bid_id, a.status, a.suspension_reason, a.contract_start::text AS contract_start,
       a.contract_term_months, a.contract_extension_months, a.contract_value_pence,
       micros(a.confirmed_at) AS confirmed_at,
       (SELECT c.name FROM bid b JOIN consortium c ON c.id = b.consortium_id WHERE b.id = a.bid_id) AS consortium
FROM award a;

-- A lot's award decision with its awards as JSON.
CREATE VIEW award_decision_record AS
SELECT d.lot_id, d.tender_id, d.override_reason, micros(d.decided_at) AS decided_at,
       micros(d.standstill_ends_at) AS standstill_ends_at,
       (SELECT coalesce(json_agg(to_json(a) ORDER BY a.id), '[]') FROM award_record a
        WHERE a.lot_id = d.lot_id)::text AS awards
FROM award_decision d;

-- A comment on a bid's section, with its author's name.
CREATE VIEW comment_record AS
SELECT c.id, c.section, c.parent_id, c.author_user_id,
       (SELECT u.display_name FROM app_user u WHERE u.id = c.author_user_id) AS author_name, c.body,
       c.mentions::text AS mentions, micros(c.created_at) AS created_at, micros(c.resolved_at) AS resolved_at,
       c.bid_id
FROM section_comment c;

CREATE VIEW answer_record AS
SELECT id, organisation_id, title, text, tags::text AS tags, last_reviewed::text AS last_reviewed, version,
       micros(updated_at) AS updated_at
FROM library_answer;

CREATE VIEW notification_record AS
SELECT id, kind, subject::text AS subject, link, micros(created_at) AS created_at, micros(read_at) AS read_at,
       email_state, recipient_user_id
FROM notification;

-- What a lot is evaluated with, as JSON lists read by criteria_from() and gates_from()
-- in persistence/columns.cpp: the criteria that apply (the lot's own, else the
-- tender's), and the gates that apply (the tender's for every lot and the lot's own),
-- in the tender's order.
CREATE FUNCTION lot_criteria_json(p_tender uuid, p_lot uuid) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT coalesce(json_agg(json_build_object('title', title, 'bidder_guidance', bidder_guidance,
                                               'panel_guidance', panel_guidance, 'weight', weight,
                                               'word_limit', word_limit, 'min_score', min_score)
                             ORDER BY position), '[]')::text
    FROM criterion
    WHERE tender_id = p_tender AND lot_id IS NOT DISTINCT FROM criteria_lot(p_tender, p_lot)
$$;

CREATE FUNCTION lot_gates_json(p_tender uuid, p_lot uuid) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT coalesce(json_agg(json_build_object('lot_id', lot_id, 'kind', kind, 'parameters', parameters::text)
                             ORDER BY position), '[]')::text
    FROM gate
    WHERE tender_id = p_tender AND (lot_id IS NULL OR lot_id = p_lot)
$$;

-- The lists a bid's rules look at, each as JSON decoded by field name
-- (bid_facts() in persistence/bid_context_repository.cpp).
CREATE VIEW bid_lists AS
SELECT b.id AS bid_id,
       consortium_members_json(b.consortium_id) AS members,
       lot_criteria_json(b.tender_id, b.lot_id) AS criteria,
       lot_gates_json(b.tender_id, b.lot_id) AS gates,
       (SELECT coalesce(json_agg(json_build_object('title', title, 'guidance', guidance) ORDER BY position), '[]')
        FROM required_document
        WHERE tender_id = b.tender_id) AS required_documents,
       -- Every document of the bid, of any visibility.
       (SELECT coalesce(json_agg(json_build_object('id', id, 'uploaded_by_organisation', uploaded_by_organisation,
                                                   'filename', filename, 'media_type', media_type,
                                                   'size_bytes', size_bytes, 'sha256', sha256,
                                                   'visibility', visibility, 'uploaded_at', micros(uploaded_at),
                                                   'requirement', requirement)
                                 ORDER BY uploaded_at, id), '[]')
        FROM bid_document
        WHERE bid_id = b.id) AS documents,
       (SELECT coalesce(json_agg(json_build_object('clarification_id', r.clarification_id, 'stage', r.stage,
                                                   'required_at', micros(r.required_at), 'resolution', r.resolution,
                                                   'resolved_by', r.resolved_by, 'resolved_by_name', u.display_name,
                                                   'resolved_at', micros(r.resolved_at))
                                 ORDER BY r.required_at, r.clarification_id), '[]')
        FROM bid_reconfirmation r
        LEFT JOIN app_user u ON u.id = r.resolved_by
        WHERE r.bid_id = b.id) AS reconfirmations,
       (SELECT coalesce(json_agg(json_build_object('gate', gate, 'outcome', outcome, 'reason', reason,
                                                   'decided_by', decided_by, 'decided_at', micros(decided_at))
                                 ORDER BY gate), '[]')
        FROM gate_result
        WHERE bid_id = b.id AND stage = 1) AS stage1_gate_results,
       (SELECT coalesce(json_agg(json_build_object('organisation_id', s.organisation_id, 'user_id', s.user_id,
                                                   'user_name', u.display_name, 'draft_sha256', s.draft_sha256,
                                                   'signed_at', micros(s.signed_at))
                                 ORDER BY s.signed_at), '[]')
        FROM bid_sign_off s
        JOIN app_user u ON u.id = s.user_id
        WHERE s.bid_id = b.id) AS sign_offs
FROM bid b;

-- Whether a tender is public: published, or cancelled after it was. Twin of
-- domain::is_published (tests/persistence/evaluation_predicates_test.cpp).
CREATE FUNCTION tender_published(p_status text, p_was_published boolean) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT p_status <> 'draft' AND (p_status <> 'cancelled' OR p_was_published)
$$;

-- Each bid's standing submission in each stage: its latest, unless withdrawn or the
-- bid is not evaluable in that stage (bid_evaluable, sql/039). A view, so that a
-- statement reading many bids' standing submissions is planned as one join.
CREATE VIEW standing_bid AS
SELECT b.id AS bid_id, b.lot_id, b.tender_id, st.stage, latest.id AS submission_id
FROM bid b
CROSS JOIN (VALUES (1), (2)) st (stage)
JOIN LATERAL (SELECT s.id, s.withdrawn_at FROM bid_submission s
              WHERE s.bid_id = b.id AND s.stage = st.stage ORDER BY s.version DESC LIMIT 1) latest
     ON latest.withdrawn_at IS NULL
WHERE bid_evaluable(b.id, b.lot_id, st.stage);

-- The function the statements of earlier releases call (a rolling upgrade runs
-- them against this schema), now asking the view: the rule stays in one place.
CREATE OR REPLACE FUNCTION standing_submission(p_bid uuid, p_lot uuid, p_stage int) RETURNS uuid
LANGUAGE sql STABLE AS $$
    SELECT submission_id FROM standing_bid WHERE bid_id = p_bid AND stage = p_stage
$$;

-- What the panel recorded on each bid in each stage, as JSON arrays read by
-- rows_from() in persistence/evaluation_repository.cpp: conflict declarations,
-- submitted scoresheets, scores and consensus scores.
CREATE VIEW bid_evaluation AS
SELECT b.id AS bid_id, b.lot_id, b.tender_id, st.stage,
       (SELECT coalesce(json_agg(json_build_array(d.user_id, d.conflicted, d.description, micros(d.declared_at))
                                 ORDER BY d.declared_at, d.user_id), '[]')
        FROM conflict_declaration d WHERE d.bid_id = b.id AND d.stage = st.stage)::text AS declarations,
       (SELECT coalesce(json_agg(json_build_array(x.user_id, micros(x.submitted_at))
                                 ORDER BY x.submitted_at, x.user_id), '[]')
        FROM scoresheet_submission x WHERE x.bid_id = b.id AND x.stage = st.stage)::text AS submissions,
       (SELECT coalesce(json_agg(json_build_array(s.user_id, s.criterion, s.score, s.justification, s.advice)
                                 ORDER BY s.user_id, s.criterion), '[]')
        FROM score s WHERE s.bid_id = b.id AND s.stage = st.stage)::text AS scores,
       (SELECT coalesce(json_agg(json_build_array(c.criterion, c.score, c.rationale, c.moderated_by,
                                                  micros(c.moderated_at))
                                 ORDER BY c.criterion), '[]')
        FROM consensus_score c WHERE c.bid_id = b.id AND c.stage = st.stage)::text AS consensus
FROM bid b
CROSS JOIN (VALUES (1), (2)) st (stage);

-- Whether a tender's audit event shows while its bids are sealed, since p_sealed_since
-- (microseconds; null when they are not): events about bids and documents made since
-- then do not, so that who is bidding does not show before the deadline.
CREATE FUNCTION audit_event_unsealed(p_occurred_at timestamptz, p_event text, p_sealed_since bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT p_sealed_since IS NULL OR p_occurred_at <= to_timestamp(p_sealed_since / 1e6)
        OR (p_event::jsonb ->> 'entity_type') NOT IN ('bid', 'document')
$$;
