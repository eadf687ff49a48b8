#include "persistence/statements.hpp"

#include <string>

#include <pqxx/pqxx>

namespace collabtender::persistence {
namespace {

struct Statement {
    const char* name;
    std::string sql;
};

#define MICROS(column) "(extract(epoch FROM " column ") * 1e6)::bigint"

// Column order read by tender_from() in tenders_repository.cpp.
const std::string tender_columns =
    "id, organisation_id, reference, title, description, cpv_codes::text, procedure, contract_term_months, "
    "extension_months, estimated_value_pence, outcomes::text, partnership_bids_expected, partnership_statement, "
    "price_weight, quality_threshold, scoring_scale::text, " MICROS("clarification_cutoff") ", " MICROS(
        "stage1_deadline") ", " MICROS("stage2_deadline") ", standstill_days, status, was_published, cancel_reason, "
    "version, " MICROS("created_at") ", " MICROS("updated_at") ", pin_summary, " MICROS("pin_published_at") ", "
    MICROS("stage1_opened_at") ", minimum_bids_stage1, minimum_bids_stage2, "
    "(SELECT o.name FROM organisation o WHERE o.id = tender.organisation_id)";

// Drafts, and tenders cancelled before publication, are visible only to the owner ($2);
// with $3, only the owner's tenders are listed.
const std::string tender_visible =
    " WHERE ($1::text IS NULL OR status = $1) AND (organisation_id = $2::uuid OR "
    "(NOT $3::boolean AND status <> 'draft' AND (status <> 'cancelled' OR was_published)))";

// Whether bid b may be evaluated in stage $2 (sql/039_evaluation_predicates.sql).
const std::string evaluable = " bid_evaluable(b.id, b.lot_id, $2)";

// The latest submissions of each bid of a tender (of lot $3, if not null) for
// stage $2, unless withdrawn or not evaluable.
const std::string standing =
    "(SELECT latest.id FROM bid b JOIN LATERAL "
    "(SELECT id, withdrawn_at FROM bid_submission s WHERE s.bid_id = b.id AND s.stage = $2 ORDER BY s.version DESC "
    "LIMIT 1) latest ON latest.withdrawn_at IS NULL WHERE b.tender_id = $1 AND ($3::uuid IS NULL OR b.lot_id = $3) "
    "AND" + evaluable + ")";

// Consortium members, lead first.
const std::string member_order = "ORDER BY m.role = 'lead' DESC, m.invited_at, o.name";
// The members of consortium `consortium` as a JSON list, lead first, read by
// members_from() in consortia_repository.cpp.
std::string members_json(const std::string& consortium) {
    return "(SELECT coalesce(json_agg(json_build_object('organisation_id', m.organisation_id, 'role', m.role, "
           "'share_bp', m.share_bp, 'status', m.status, 'acknowledged_mou', m.acknowledged_mou, 'name', o.name) " +
           member_order + "), '[]') FROM consortium_member m JOIN organisation o ON o.id = m.organisation_id "
           "WHERE m.consortium_id = " + consortium + ")::text";
}

// Evaluation rows, read one bid at a time or for a whole lot at once (then led by
// bid_id): column order read in evaluation_repository.cpp.
const std::string declaration_columns = "user_id, conflicted, description, " MICROS("declared_at");
const std::string declaration_order = "ORDER BY declared_at, user_id";
const std::string gate_result_columns = "gate, outcome, reason, decided_by, " MICROS("decided_at");
const std::string score_columns = "user_id, criterion, score, justification, advice";
const std::string scoresheet_columns = "user_id, " MICROS("submitted_at");
const std::string scoresheet_order = "ORDER BY submitted_at, user_id";
const std::string consensus_columns = "criterion, score, rationale, moderated_by, " MICROS("moderated_at");
const std::string of_lot = "bid_id IN (SELECT id FROM bid WHERE lot_id = $1) AND stage = $2 ";
const std::string of_tender = "bid_id IN (SELECT id FROM bid WHERE tender_id = $1) AND stage = $2 ";

// What the panel recorded on each bid of the scope (one bid, a lot's, a tender's:
// $1) in stage $2, as JSON arrays read by rows_from() in evaluation_repository.cpp:
// conflict declarations, submitted scoresheets, and with $3 scores and consensus.
std::string evaluation_rows_sql(const std::string& scope) {
    return "SELECT b.id, "
           "(SELECT coalesce(json_agg(json_build_array(d.user_id, d.conflicted, d.description, " MICROS("d.declared_at")
           ") ORDER BY d.declared_at, d.user_id), '[]') FROM conflict_declaration d "
           "WHERE d.bid_id = b.id AND d.stage = $2)::text AS declarations, "
           "(SELECT coalesce(json_agg(json_build_array(x.user_id, " MICROS("x.submitted_at") ") "
           "ORDER BY x.submitted_at, x.user_id), '[]') FROM scoresheet_submission x "
           "WHERE x.bid_id = b.id AND x.stage = $2)::text AS submissions, "
           "(SELECT coalesce(json_agg(json_build_array(s.user_id, s.criterion, s.score, s.justification, s.advice) "
           "ORDER BY s.user_id, s.criterion), '[]') FROM score s "
           "WHERE $3 AND s.bid_id = b.id AND s.stage = $2)::text AS scores, "
           "(SELECT coalesce(json_agg(json_build_array(c.criterion, c.score, c.rationale, c.moderated_by, "
           MICROS("c.moderated_at") ") ORDER BY c.criterion), '[]') FROM consensus_score c "
           "WHERE $3 AND c.bid_id = b.id AND c.stage = $2)::text AS consensus "
           "FROM bid b WHERE " + scope;
}

// What lot `lot` of tender `tender` is evaluated with, as JSON arrays read by
// criteria_from_json() and gates_from_json() in evaluation_repository.cpp: the
// criteria that apply (the lot's own, else the tender's) and the gates that apply
// (the tender's and the lot's own).
std::string criteria_json(const std::string& tender, const std::string& lot) {
    return "(SELECT coalesce(json_agg(json_build_array(k.title, k.bidder_guidance, k.panel_guidance, k.weight, "
           "k.word_limit, k.min_score) ORDER BY k.position), '[]') FROM criterion k WHERE k.tender_id = " + tender +
           " AND k.lot_id IS NOT DISTINCT FROM criteria_lot(" + tender + ", " + lot + "))::text";
}
std::string gates_json(const std::string& tender, const std::string& lot) {
    return "(SELECT coalesce(json_agg(json_build_array(g.lot_id, g.kind, g.parameters) ORDER BY g.position), '[]') "
           "FROM gate g WHERE g.tender_id = " + tender + " AND (g.lot_id IS NULL OR g.lot_id = " + lot + "))::text";
}

const std::string lot_columns =
    "id, tender_id, version, number, title, description, locality_or_theme, outcomes::text, annual_value_pence, "
    "term_months, max_awards, " MICROS("cancelled_at") ", cancel_reason, cancelled_by";

// Notices ($1: [{kind, audience, audience_id, subject, link, once_key, legal, actor}])
// and who hears of each: one person, an organisation's people, signatories or
// commissioners, a partnership's accepted members' people, a bid's partners (with
// the bid's names: tender, lot, partnership), or everyone following a tender
// (interest in a lot, a partnership bidding, or a CPV code followed).
const std::string notice_audiences =
    "SELECT n.audience_id AS user_id, NULL::jsonb AS names WHERE n.audience = 'user' "
    "UNION ALL SELECT id, NULL FROM app_user WHERE n.audience = 'organisation' AND organisation_id = n.audience_id "
    "UNION ALL SELECT id, NULL FROM app_user WHERE n.audience = 'signatories' AND organisation_id = n.audience_id "
    "AND authorised_signatory "
    "UNION ALL SELECT id, NULL FROM app_user WHERE n.audience = 'commissioners' AND organisation_id = n.audience_id "
    "AND role = 'commissioner' "
    "UNION ALL SELECT u.id, NULL FROM app_user u JOIN consortium_member m ON m.organisation_id = u.organisation_id "
    "WHERE n.audience = 'consortium' AND m.consortium_id = n.audience_id AND m.status = 'accepted' "
    "UNION ALL SELECT u.id, jsonb_build_object('tender', t.title, 'reference', t.reference, 'buyer', o.name, "
    "'lot', l.title, 'lot_number', l.number::text, 'consortium', c.name) "
    "FROM bid b JOIN consortium c ON c.id = b.consortium_id JOIN tender t ON t.id = b.tender_id "
    "JOIN organisation o ON o.id = t.organisation_id JOIN lot l ON l.id = b.lot_id "
    "JOIN consortium_member m ON m.consortium_id = b.consortium_id AND m.status = 'accepted' "
    "JOIN app_user u ON u.organisation_id = m.organisation_id WHERE n.audience = 'bid_partners' AND b.id = n.audience_id "
    "UNION ALL SELECT u.id, NULL FROM app_user u WHERE n.audience = 'tender_followers' AND u.role = 'provider' "
    "AND u.organisation_id IN ("
    "SELECT i.organisation_id FROM lot_interest i JOIN lot l ON l.id = i.lot_id WHERE l.tender_id = n.audience_id "
    "UNION SELECT m.organisation_id FROM consortium c JOIN consortium_member m ON m.consortium_id = c.id "
    "WHERE c.tender_id = n.audience_id AND m.status = 'accepted' "
    "UNION SELECT s.organisation_id FROM cpv_subscription s JOIN tender t ON t.id = n.audience_id "
    "WHERE EXISTS (SELECT 1 FROM jsonb_array_elements_text(t.cpv_codes) code "
    "WHERE code LIKE rtrim(left(s.cpv_code, 8), '0') || '%'))";

// One notification per person of each notice's audience but its actor, at $2:
// emailed when the kind is legal or the person has not chosen in-app only.
const std::string notify_sql =
    "WITH n AS (SELECT * FROM json_to_recordset($1::json) AS n(kind text, audience text, audience_id uuid, "
    "subject jsonb, link text, once_key text, legal boolean, actor uuid)), "
    "r AS (SELECT n.*, a.user_id, a.names FROM n CROSS JOIN LATERAL (" + notice_audiences + ") a) "
    "INSERT INTO notification (recipient_user_id, kind, subject, link, created_at, once_key, email_state, "
    "email_next_at) SELECT u.id, r.kind, coalesce(r.names, '{}') || r.subject, r.link, to_timestamp($2 / 1e6), "
    "r.once_key, CASE WHEN r.legal OR coalesce(p.email, true) THEN 'pending' ELSE 'none' END, "
    "CASE WHEN r.legal OR coalesce(p.email, true) THEN to_timestamp($2 / 1e6) END "
    "FROM r JOIN app_user u ON u.id = r.user_id "
    "LEFT JOIN notification_preference p ON p.user_id = u.id AND p.kind = r.kind "
    "WHERE u.id IS DISTINCT FROM r.actor ON CONFLICT (recipient_user_id, once_key) DO NOTHING";

const std::string notification_columns =
    "id, kind, subject::text, link, " MICROS("created_at") ", " MICROS("read_at") ", email_state";

// Column order read by session_from() in pin_repository.cpp: the session and its seat counts.
const std::string session_columns =
    "s.id, s.tender_id, " MICROS("s.starts_at") ", " MICROS("s.ends_at") ", s.place, s.online_link, s.capacity, "
    "(SELECT count(*) FROM session_booking b WHERE b.session_id = s.id AND b.status = 'confirmed')::int, "
    "(SELECT count(*) FROM session_booking b WHERE b.session_id = s.id AND b.status = 'waiting')::int";

// Column order read by clarification_from() in clarifications_repository.cpp.
const std::string clarification_columns =
    "c.id, c.tender_id, c.lot_id, c.asked_by_organisation, o.name, c.question, " MICROS("c.asked_at") ", c.answer, "
    MICROS("c.answered_at") ", c.published_question, " MICROS("c.published_at") ", c.lot_correction::text, "
    "c.changes_tender_documents FROM clarification c JOIN organisation o ON o.id = c.asked_by_organisation";

// Column order read by consortium_from() in consortia_repository.cpp (the table as
// c), with the latest agreement to change its membership, if any.
const std::string latest_agreement = " FROM consortium_change_agreement a WHERE a.consortium_id = c.id "
                                     "ORDER BY a.agreed_at DESC LIMIT 1)";
const std::string consortium_columns =
    "c.id, c.tender_id, c.name, c.lead_organisation_id, c.mou_sha256, c.mou_filename, " MICROS("c.locked_at") ", "
    "c.version, (SELECT a.reason" + latest_agreement + ", (SELECT " MICROS("a.agreed_at") + latest_agreement;

// Column order read by bid_from() and submission_from() in bids_repository.cpp.
const std::string bid_columns = "id, consortium_id, tender_id, lot_id, draft::text, draft_version";
const std::string submission_columns =
    "id, bid_id, stage, version, content::text, sha256, submitted_by, " MICROS("submitted_at") ", idempotency_key, "
    MICROS("withdrawn_at") ", declaration, signed_draft_sha256";

// A bid with everything its rules look at, in one row read by bid_facts() in
// bid_context_repository.cpp: the tender, consortium, bid and lot by their column
// lists (the bid row locked with `lock_bid`, then the consortium's with
// `lock_consortium`), then each list as JSON, decoded by field name.
std::string bid_context_sql(bool lock_bid, bool lock_consortium) {
    return "SELECT t.*, c.*, b.*, l.*, "
           // The members, lead first.
           + members_json("b.consortium_id") + " AS members, "
           // The criteria that apply: the lot's own, else the tender's.
           "(SELECT coalesce(json_agg(json_build_object('title', title, 'bidder_guidance', bidder_guidance, "
           "'panel_guidance', panel_guidance, 'weight', weight, 'word_limit', word_limit, 'min_score', min_score) "
           "ORDER BY position), '[]') FROM criterion WHERE tender_id = b.tender_id AND lot_id IS NOT DISTINCT FROM "
           "criteria_lot(b.tender_id, b.lot_id)) AS criteria, "
           // The gates for every lot and for this one, in the tender's order.
           "(SELECT coalesce(json_agg(json_build_object('lot_id', lot_id, 'kind', kind, 'parameters', parameters::text) "
           "ORDER BY position), '[]') FROM gate WHERE tender_id = b.tender_id AND (lot_id IS NULL OR lot_id = b.lot_id)) "
           "AS gates, "
           "(SELECT coalesce(json_agg(json_build_object('title', title, 'guidance', guidance) ORDER BY position), '[]') "
           "FROM required_document WHERE tender_id = b.tender_id) AS required_documents, "
           // Every document of the bid, of any visibility.
           "(SELECT coalesce(json_agg(json_build_object('id', id, 'uploaded_by_organisation', uploaded_by_organisation, "
           "'filename', filename, 'media_type', media_type, 'size_bytes', size_bytes, 'sha256', sha256, "
           "'visibility', visibility, 'uploaded_at', " MICROS("uploaded_at") ", 'requirement', requirement) "
           "ORDER BY uploaded_at, id), '[]') FROM bid_document WHERE bid_id = b.id) AS documents, "
           "(SELECT coalesce(json_agg(json_build_object('clarification_id', r.clarification_id, 'stage', r.stage, "
           "'required_at', " MICROS("r.required_at") ", 'resolution', r.resolution, 'resolved_by', r.resolved_by, "
           "'resolved_by_name', u.display_name, 'resolved_at', " MICROS("r.resolved_at") ") "
           "ORDER BY r.required_at, r.clarification_id), '[]') FROM bid_reconfirmation r "
           "LEFT JOIN app_user u ON u.id = r.resolved_by WHERE r.bid_id = b.id) AS reconfirmations, "
           "(SELECT coalesce(json_agg(json_build_object('gate', gate, 'outcome', outcome, 'reason', reason, "
           "'decided_by', decided_by, 'decided_at', " MICROS("decided_at") ") ORDER BY gate), '[]') "
           "FROM gate_result WHERE bid_id = b.id AND stage = 1) AS stage1_gate_results, "
           "(SELECT coalesce(json_agg(json_build_object('organisation_id', s.organisation_id, 'user_id', s.user_id, "
           "'user_name', u.display_name, 'draft_sha256', s.draft_sha256, 'signed_at', " MICROS("s.signed_at") ") "
           "ORDER BY s.signed_at), '[]') FROM bid_sign_off s JOIN app_user u ON u.id = s.user_id WHERE s.bid_id = b.id) "
           "AS sign_offs "
           "FROM (SELECT " + bid_columns + " FROM bid WHERE id = $1" + (lock_bid ? " FOR UPDATE" : "") + ") b "
           "CROSS JOIN LATERAL (SELECT " + consortium_columns + " FROM consortium c WHERE c.id = b.consortium_id" +
           (lock_consortium ? " FOR UPDATE OF c" : "") + ") c "
           "CROSS JOIN LATERAL (SELECT " + tender_columns + " FROM tender WHERE tender.id = b.tender_id) t "
           "CROSS JOIN LATERAL (SELECT " + lot_columns + " FROM lot WHERE lot.id = b.lot_id) l";
}

// A lot and its tender in one row, read by lot_with_tender() in tenders_repository.cpp:
// the tender's columns, then the lot's; the tender's row locked with `lock_tender`.
std::string lot_with_tender_sql(bool lock_tender) {
    return "SELECT t.*, l.* FROM (SELECT " + lot_columns + " FROM lot WHERE id = $1) l "
           "CROSS JOIN LATERAL (SELECT " + tender_columns + " FROM tender WHERE tender.id = l.tender_id" +
           (lock_tender ? " FOR UPDATE" : "") + ") t";
}

// Column order read by panels_from() in evaluation_repository.cpp: the panel, then
// its members as JSON, chair first.
const std::string panel_columns =
    "p.id, p.tender_id, p.lot_id, p.name, p.version, " MICROS("p.scoring_due_at") ", "
    "(SELECT coalesce(json_agg(json_build_object('user_id', m.user_id, 'kind', m.kind, 'chair', m.chair, "
    "'name', u.display_name) ORDER BY m.chair DESC, u.display_name, m.user_id), '[]') "
    "FROM panel_member m JOIN app_user u ON u.id = m.user_id WHERE m.panel_id = p.id)::text";

// A tender's events, less those about bids made since $2 (microseconds), while
// bids are sealed: who is bidding must not show before the deadline.
const std::string audit_unsealed =
    " WHERE tender_id = $1 AND ($2::bigint IS NULL OR occurred_at <= to_timestamp($2 / 1e6) OR "
    "(event::jsonb ->> 'entity_type') NOT IN ('bid', 'document'))";

// Column orders read by decisions_from() and award_from() in awards_repository.cpp.
// Column order read by decisions_from() in awards_repository.cpp: the decision, then
// its awards as JSON, read by field name.
const std::string award_decision_columns =
    "d.lot_id, d.tender_id, d.override_reason, " MICROS("d.decided_at") ", " MICROS("d.standstill_ends_at") ", "
    "(SELECT coalesce(json_agg(json_build_object('id', a.id, 'lot_id', a.lot_id, 'bid_id', a.bid_id, "
    "'status', a.status, 'suspension_reason', a.suspension_reason, 'contract_start', a.contract_start::text, "
    "'contract_term_months', a.contract_term_months, 'contract_extension_months', a.contract_extension_months, "
    "'contract_value_pence', a.contract_value_pence, 'confirmed_at', " MICROS("a.confirmed_at") ", "
    "'consortium', c.name) ORDER BY a.id), '[]') FROM award a JOIN bid b ON b.id = a.bid_id "
    "JOIN consortium c ON c.id = b.consortium_id WHERE a.lot_id = d.lot_id)::text";
const std::string award_columns =
    "id, lot_id, bid_id, status, suspension_reason, contract_start::text, contract_term_months, "
    "contract_extension_months, contract_value_pence, " MICROS("confirmed_at") ", "
    "(SELECT c.name FROM bid b JOIN consortium c ON c.id = b.consortium_id WHERE b.id = award.bid_id)";

// Column order read by comment_from() in sections_repository.cpp.
const std::string comment_columns =
    "c.id, c.section, c.parent_id, c.author_user_id, u.display_name, c.body, c.mentions::text, " MICROS("c.created_at") ", "
    MICROS("c.resolved_at") " FROM section_comment c JOIN app_user u ON u.id = c.author_user_id";

// Column order read by answer_from() in library_repository.cpp.
const std::string answer_columns =
    "id, organisation_id, title, text, tags::text, last_reviewed::text, version, " MICROS("updated_at");

// Timestamps cross the boundary as microseconds since the epoch so that the
// service's clock, passed in, decides every deadline.
const Statement statements[] = {
    {"organisation_insert",
     "INSERT INTO organisation (name, kind, charity_number, company_number, care_inspectorate_number, postal_address) "
     "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"},
    {"organisation_by_id",
     "SELECT id, name, kind, charity_number, company_number, care_inspectorate_number, postal_address "
     "FROM organisation WHERE id = $1"},
    {"organisation_search",
     "SELECT id, name, kind, charity_number, company_number, care_inspectorate_number FROM organisation "
     "WHERE ($4::text IS NULL OR kind = $4) AND id <> $1 "
     "AND name ILIKE '%' || replace(replace(replace($2, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' "
     "ORDER BY name, id LIMIT $3"},
    {"user_insert",
     "INSERT INTO app_user (organisation_id, email, display_name, role, password_hash, authorised_signatory) "
     "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"},
    {"user_by_email",
     "SELECT id, organisation_id, email, display_name, role, password_hash, authorised_signatory "
     "FROM app_user WHERE lower(email) = lower($1)"},
    {"user_by_id",
     "SELECT id, organisation_id, email, display_name, role, password_hash, authorised_signatory "
     "FROM app_user WHERE id = $1"},
    {"user_set_signatory", "UPDATE app_user SET authorised_signatory = $2 WHERE id = $1"},
    {"user_any_admin", "SELECT EXISTS (SELECT 1 FROM app_user WHERE role = 'admin')"},
    {"session_insert",
     "INSERT INTO auth_session (token_hash, user_id, created_at, expires_at, csrf_hash) "
     "VALUES ($1, $2, to_timestamp($3 / 1e6), to_timestamp($4 / 1e6), $5)"},
    {"session_principal",
     "SELECT u.id, u.organisation_id, u.role, s.csrf_hash FROM auth_session s JOIN app_user u ON u.id = s.user_id "
     "WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > to_timestamp($2 / 1e6)"},
    {"session_revoke",
     "UPDATE auth_session SET revoked_at = to_timestamp($2 / 1e6) WHERE token_hash = $1 AND revoked_at IS NULL"},
    {"sessions_revoke_of_user",
     "UPDATE auth_session SET revoked_at = to_timestamp($2 / 1e6) WHERE user_id = $1 AND revoked_at IS NULL"},
    {"throttle_lock_row",
     "SELECT failures, (extract(epoch FROM locked_until) * 1e6)::bigint FROM login_throttle "
     "WHERE email_key = $1 FOR UPDATE"},
    {"throttle_ensure",
     "INSERT INTO login_throttle (email_key, failures) VALUES ($1, 0) ON CONFLICT (email_key) DO NOTHING"},
    {"throttle_upsert",
     "INSERT INTO login_throttle (email_key, failures, locked_until, updated_at) "
     "VALUES ($1, $2, to_timestamp($3 / 1e6), now()) ON CONFLICT (email_key) DO UPDATE "
     "SET failures = excluded.failures, locked_until = excluded.locked_until, updated_at = now()"},
    {"throttle_clear", "DELETE FROM login_throttle WHERE email_key = $1"},
    {"migration_latest", "SELECT coalesce(max(version), 0) FROM schema_migration"},

    {"tender_insert",
     "INSERT INTO tender (organisation_id, reference, title, description, cpv_codes, procedure, contract_term_months, "
     "extension_months, estimated_value_pence, outcomes, partnership_bids_expected, partnership_statement, "
     "price_weight, quality_threshold, scoring_scale, clarification_cutoff, stage1_deadline, stage2_deadline, "
     "standstill_days, created_by, pin_summary, minimum_bids_stage1, minimum_bids_stage2) VALUES ($1, $2, $3, $4, "
     "$5::jsonb, $6, $7, $8, $9, $10::jsonb, $11, $12, $13, $14, $15::jsonb, to_timestamp($16 / 1e6), "
     "to_timestamp($17 / 1e6), to_timestamp($18 / 1e6), $19, $20, $21, $22, $23) RETURNING id"},
    {"tender_by_id", "SELECT " + tender_columns + " FROM tender WHERE id = $1"},
    {"tender_by_id_for_update", "SELECT " + tender_columns + " FROM tender WHERE id = $1 FOR UPDATE"},
    {"tender_update",
     "UPDATE tender SET reference = $3, title = $4, description = $5, cpv_codes = $6::jsonb, "
     "contract_term_months = $7, extension_months = $8, estimated_value_pence = $9, outcomes = $10::jsonb, "
     "partnership_bids_expected = $11, partnership_statement = $12, price_weight = $13, quality_threshold = $14, "
     "scoring_scale = $15::jsonb, clarification_cutoff = to_timestamp($16 / 1e6), "
     "stage1_deadline = to_timestamp($17 / 1e6), stage2_deadline = to_timestamp($18 / 1e6), standstill_days = $19, "
     "pin_summary = $20, minimum_bids_stage1 = $21, minimum_bids_stage2 = $22, version = version + 1, "
     "updated_at = now() WHERE id = $1 AND version = $2 RETURNING version"},
    {"tender_stage_deadline",
     "UPDATE tender SET stage1_deadline = CASE WHEN $2 = 1 THEN to_timestamp($3 / 1e6) ELSE stage1_deadline END, "
     "stage2_deadline = CASE WHEN $2 = 2 THEN to_timestamp($3 / 1e6) ELSE stage2_deadline END, "
     "version = version + 1, updated_at = now() WHERE id = $1"},
    {"tender_has_bids", "SELECT EXISTS (SELECT 1 FROM bid WHERE tender_id = $1)"},
    {"tender_bump_version",
     "UPDATE tender SET version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING version"},
    {"tender_set_status",
     "UPDATE tender SET status = $2, cancel_reason = $3, "
     "was_published = was_published OR $2 NOT IN ('draft', 'cancelled'), "
     "pin_published_at = CASE WHEN $2 = 'pin_published' THEN to_timestamp($4 / 1e6) ELSE pin_published_at END, "
     "stage1_opened_at = CASE WHEN $2 = 'stage1_open' THEN to_timestamp($4 / 1e6) ELSE stage1_opened_at END, "
     "version = version + 1, updated_at = now() WHERE id = $1 RETURNING " + tender_columns},
    {"tender_clarification_count", "SELECT count(*) FROM clarification WHERE tender_id = $1"},
    {"tender_list", "SELECT " + tender_columns + " FROM tender" + tender_visible +
                        " ORDER BY created_at DESC, id LIMIT $4 OFFSET $5"},
    {"tender_count", "SELECT count(*) FROM tender" + tender_visible},

    {"lot_insert",
     "INSERT INTO lot (tender_id, number, title, description, locality_or_theme, outcomes, annual_value_pence, "
     "term_months, max_awards) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9) RETURNING id"},
    {"lot_by_id", "SELECT " + lot_columns + " FROM lot WHERE tender_id = $1 AND id = $2"},
    {"lot_with_tender", lot_with_tender_sql(false)},
    {"lot_with_tender_locking_tender", lot_with_tender_sql(true)},
    {"lot_list", "SELECT " + lot_columns + " FROM lot WHERE tender_id = $1 ORDER BY number"},
    // $1: tender ids joined by commas (a page of a list).
    {"lot_list_of_tenders",
     "SELECT " + lot_columns + " FROM lot WHERE tender_id = ANY (string_to_array($1, ',')::uuid[]) "
     "ORDER BY tender_id, number"},
    {"interest_lots_of_tenders",
     "SELECT i.lot_id FROM lot_interest i JOIN lot l ON l.id = i.lot_id "
     "WHERE l.tender_id = ANY (string_to_array($1, ',')::uuid[]) AND i.organisation_id = $2"},
    {"lot_update",
     "UPDATE lot SET number = $4, title = $5, description = $6, locality_or_theme = $7, outcomes = $8::jsonb, "
     "annual_value_pence = $9, term_months = $10, max_awards = $11, version = version + 1, updated_at = now() "
     "WHERE tender_id = $1 AND id = $2 AND version = $3 RETURNING version"},
    {"lot_delete", "DELETE FROM lot WHERE tender_id = $1 AND id = $2"},
    {"lot_cancel",
     "UPDATE lot SET cancelled_at = to_timestamp($4 / 1e6), cancel_reason = $2, cancelled_by = $3, "
     "version = version + 1, updated_at = now() WHERE id = $1 AND cancelled_at IS NULL"},
    {"minimum_waiver_insert",
     "INSERT INTO lot_minimum_waiver (lot_id, stage, bids, reason, waived_by, waived_at) "
     "VALUES ($1, $2, $3, $4, $5, to_timestamp($6 / 1e6))"},
    {"minimum_waiver_list",
     "SELECT w.lot_id, w.stage, w.bids, w.reason, w.waived_by, " MICROS("w.waived_at") " FROM lot_minimum_waiver w "
     "JOIN lot l ON l.id = w.lot_id WHERE l.tender_id = $1 ORDER BY l.number, w.stage"},

    {"criteria_delete", "DELETE FROM criterion WHERE tender_id = $1 AND lot_id IS NOT DISTINCT FROM $2::uuid"},
    {"criterion_insert",
     "INSERT INTO criterion (tender_id, lot_id, position, title, bidder_guidance, panel_guidance, weight, "
     "word_limit, min_score) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"},
    {"criteria_list",
     "SELECT title, bidder_guidance, panel_guidance, weight, word_limit, min_score FROM criterion "
     "WHERE tender_id = $1 AND lot_id IS NOT DISTINCT FROM $2::uuid ORDER BY position"},
    {"criteria_of_tender",
     "SELECT title, bidder_guidance, panel_guidance, weight, word_limit, min_score, lot_id FROM criterion "
     "WHERE tender_id = $1 ORDER BY lot_id NULLS FIRST, position"},

    {"gates_delete", "DELETE FROM gate WHERE tender_id = $1"},
    {"gate_insert",
     "INSERT INTO gate (tender_id, lot_id, position, kind, parameters) VALUES ($1, $2, $3, $4, $5::jsonb)"},
    {"required_documents_delete", "DELETE FROM required_document WHERE tender_id = $1"},
    {"required_document_insert",
     "INSERT INTO required_document (tender_id, position, title, guidance) VALUES ($1, $2, $3, $4)"},
    {"required_document_list", "SELECT title, guidance FROM required_document WHERE tender_id = $1 ORDER BY position"},
    {"gate_list", "SELECT lot_id, kind, parameters::text FROM gate WHERE tender_id = $1 ORDER BY position"},

    {"info_session_insert",
     "INSERT INTO information_session (tender_id, starts_at, ends_at, place, online_link, capacity) "
     "VALUES ($1, to_timestamp($2 / 1e6), to_timestamp($3 / 1e6), $4, $5, $6) RETURNING id"},
    {"info_session_list", "SELECT " + session_columns + " FROM information_session s WHERE s.tender_id = $1 "
                          "ORDER BY s.starts_at, s.id"},
    {"info_session_lock", "SELECT 1 FROM information_session WHERE tender_id = $1 AND id = $2 FOR UPDATE"},
    {"info_session_by_id", "SELECT " + session_columns + " FROM information_session s WHERE s.tender_id = $1 "
                           "AND s.id = $2"},
    {"info_session_delete", "DELETE FROM information_session WHERE id = $1"},
    {"booking_insert",
     "INSERT INTO session_booking (session_id, organisation_id, user_id, status) VALUES ($1, $2, $3, $4) "
     "RETURNING id"},
    // Waiting position counts earlier waiting bookings, by booking time.
    {"booking_list",
     "SELECT b.id, b.session_id, b.organisation_id, o.name, b.user_id, b.status, " MICROS("b.booked_at") ", "
     "CASE WHEN b.status = 'waiting' THEN (SELECT count(*) FROM session_booking w WHERE w.session_id = "
     "b.session_id AND w.status = 'waiting' AND (w.booked_at, w.id) <= (b.booked_at, b.id)) ELSE 0 END "
     "FROM session_booking b JOIN organisation o ON o.id = b.organisation_id "
     "WHERE b.session_id = $1 AND ($2::uuid IS NULL OR b.organisation_id = $2) ORDER BY b.booked_at, b.id"},
    {"booking_delete", "DELETE FROM session_booking WHERE id = $1"},
    {"booking_promote",
     "UPDATE session_booking SET status = 'confirmed' WHERE id = (SELECT id FROM session_booking "
     "WHERE session_id = $1 AND status = 'waiting' ORDER BY booked_at, id LIMIT 1) RETURNING id"},
    {"interest_insert",
     "INSERT INTO lot_interest (lot_id, organisation_id, registered_by) VALUES ($1, $2, $3) "
     "ON CONFLICT (lot_id, organisation_id) DO NOTHING"},
    {"interest_delete", "DELETE FROM lot_interest WHERE lot_id = $1 AND organisation_id = $2"},
    {"interest_list",
     "SELECT i.lot_id, l.number, i.organisation_id, o.name, " MICROS("i.registered_at") " FROM lot_interest i "
     "JOIN lot l ON l.id = i.lot_id JOIN organisation o ON o.id = i.organisation_id "
     "WHERE l.tender_id = $1 AND ($2::uuid IS NULL OR i.organisation_id = $2) ORDER BY l.number, o.name"},

    {"checklist_history",
     "SELECT version, elements::text, edited_by, " MICROS("edited_at") " FROM checklist_version "
     "WHERE tender_id = $1 ORDER BY version DESC"},
    {"checklist_insert",
     "INSERT INTO checklist_version (tender_id, version, elements, edited_by, edited_at) "
     "VALUES ($1, $2, $3::jsonb, $4, to_timestamp($5 / 1e6))"},

    {"partner_listing_save",
     "INSERT INTO partner_listing (lot_id, organisation_id, offers, localities, roles, contact_name, contact_email, "
     "updated_by, updated_at) VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7, $8, to_timestamp($9 / 1e6)) "
     "ON CONFLICT (lot_id, organisation_id) DO UPDATE SET offers = excluded.offers, localities = excluded.localities, "
     "roles = excluded.roles, contact_name = excluded.contact_name, contact_email = excluded.contact_email, "
     "updated_by = excluded.updated_by, updated_at = excluded.updated_at"},
    {"partner_listing_delete", "DELETE FROM partner_listing WHERE lot_id = $1 AND organisation_id = $2"},
    {"partner_listing_list",
     "SELECT p.lot_id, p.organisation_id, o.name, p.offers, p.localities::text, p.roles::text, p.contact_name, "
     "p.contact_email, " MICROS("p.updated_at") " FROM partner_listing p JOIN organisation o ON o.id = "
     "p.organisation_id WHERE p.lot_id = $1 ORDER BY o.name"},

    {"consortium_insert",
     "INSERT INTO consortium (tender_id, name, lead_organisation_id, created_by, created_at) "
     "VALUES ($1, $2, $3, $4, to_timestamp($5 / 1e6)) RETURNING id"},
    {"consortium_lead_insert",
     "INSERT INTO consortium_member (consortium_id, organisation_id, role, share_bp, status, invited_at, answered_at, "
     "answered_by) VALUES ($1, $2, 'lead', $3, 'accepted', to_timestamp($4 / 1e6), to_timestamp($4 / 1e6), $5)"},
    // Read by find_consortium(): the consortium, then its members.
    {"consortium_by_id",
     "SELECT " + consortium_columns + ", " + members_json("c.id") + " AS members FROM consortium c WHERE c.id = $1"},
    {"consortium_by_id_for_update",
     "SELECT " + consortium_columns + ", " + members_json("c.id") + " AS members FROM consortium c WHERE c.id = $1 "
     "FOR UPDATE OF c"},
    {"consortium_list",
     "SELECT " + consortium_columns + ", " + members_json("c.id") + " AS members FROM consortium c "
     "WHERE c.tender_id = $1 AND ($2::uuid IS NULL OR EXISTS ("
     "SELECT 1 FROM consortium_member m WHERE m.consortium_id = c.id AND m.organisation_id = $2 "
     "AND m.status = 'accepted')) ORDER BY c.created_at, c.id"},
    {"consortium_list_of_organisation",
     "SELECT " + consortium_columns + ", " + members_json("c.id") + " AS members FROM consortium c "
     "WHERE EXISTS (SELECT 1 FROM consortium_member m WHERE m.consortium_id = c.id AND m.organisation_id = $1 "
     "AND m.status = 'accepted') ORDER BY c.created_at DESC, c.id"},
    {"consortium_bump", "UPDATE consortium SET version = version + 1 WHERE id = $1 RETURNING version"},
    {"consortium_set_mou",
     "UPDATE consortium SET mou_sha256 = $2, mou_filename = $3, mou_media_type = $4, "
     "mou_content = (SELECT string_agg(bytes, ''::bytea ORDER BY piece) FROM upload_piece WHERE upload_id = $5) "
     "WHERE id = $1"},
    {"consortium_mou",
     "SELECT mou_filename, mou_media_type, mou_sha256, octet_length(mou_content) FROM consortium "
     "WHERE id = $1 AND mou_content IS NOT NULL"},
    {"consortium_mou_piece", "SELECT substring(mou_content FROM $2 FOR $3) FROM consortium WHERE id = $1"},
    {"member_invite",
     "INSERT INTO consortium_member (consortium_id, organisation_id, role, share_bp, status, invited_at) "
     "VALUES ($1, $2, $3, $4, 'invited', to_timestamp($5 / 1e6)) ON CONFLICT (consortium_id, organisation_id) "
     "DO UPDATE SET role = excluded.role, share_bp = excluded.share_bp, status = 'invited', "
     "invited_at = excluded.invited_at, answered_at = NULL, answered_by = NULL "
     "WHERE consortium_member.status = 'declined'"},
    {"member_update",
     "UPDATE consortium_member SET role = $3, share_bp = $4 WHERE consortium_id = $1 AND organisation_id = $2"},
    {"member_remove", "DELETE FROM consortium_member WHERE consortium_id = $1 AND organisation_id = $2"},
    {"member_answer",
     "UPDATE consortium_member SET status = $3, answered_by = $4, answered_at = to_timestamp($5 / 1e6) "
     "WHERE consortium_id = $1 AND organisation_id = $2 AND status = 'invited'"},
    {"member_clear_acknowledgements",
     "UPDATE consortium_member SET acknowledged_mou = NULL, acknowledged_by = NULL, acknowledged_at = NULL "
     "WHERE consortium_id = $1"},
    {"member_acknowledge_mou",
     "UPDATE consortium_member SET acknowledged_mou = $3, acknowledged_by = $4, "
     "acknowledged_at = to_timestamp($5 / 1e6) WHERE consortium_id = $1 AND organisation_id = $2"},
    {"change_agreement_insert",
     "INSERT INTO consortium_change_agreement (consortium_id, agreed_by, reason, agreed_at) "
     "VALUES ($1, $2, $3, to_timestamp($4 / 1e6))"},
    {"consortium_unlock", "UPDATE consortium SET locked_at = NULL WHERE id = $1"},
    {"invitations_for",
     "SELECT c.id, c.name, t.id, t.title, o.name, m.role, m.share_bp, " MICROS("m.invited_at") " "
     "FROM consortium_member m JOIN consortium c ON c.id = m.consortium_id JOIN tender t ON t.id = c.tender_id "
     "JOIN organisation o ON o.id = c.lead_organisation_id WHERE m.organisation_id = $1 AND m.status = 'invited' "
     "ORDER BY m.invited_at"},

    {"bid_insert",
     "INSERT INTO bid (consortium_id, tender_id, lot_id, created_by, created_at, updated_at) "
     "VALUES ($1, $2, $3, $4, to_timestamp($5 / 1e6), to_timestamp($5 / 1e6)) RETURNING id"},
    {"bid_by_id", "SELECT " + bid_columns + " FROM bid WHERE id = $1"},
    // The public names a notice about a bid uses, and the partnership it goes to.
    {"bid_by_id_for_update", "SELECT " + bid_columns + " FROM bid WHERE id = $1 FOR UPDATE"},
    {"bid_context", bid_context_sql(false, false)},
    {"bid_context_locking_bid", bid_context_sql(true, false)},
    {"bid_context_locking_membership", bid_context_sql(true, true)},
    {"bid_list", "SELECT " + bid_columns + " FROM bid WHERE consortium_id = $1 ORDER BY created_at, id"},
    {"bid_consortium_names",
     "SELECT b.id, c.name FROM bid b JOIN consortium c ON c.id = b.consortium_id WHERE b.lot_id = $1"},
    {"bid_update_draft",
     "UPDATE bid SET draft = $3::jsonb, draft_version = draft_version + 1, updated_at = to_timestamp($4 / 1e6) "
     "WHERE id = $1 AND draft_version = $2 RETURNING draft_version"},
    {"submission_list", "SELECT " + submission_columns + " FROM bid_submission WHERE bid_id = $1 ORDER BY version"},
    // A new version: the receipt, the membership locked at the first, the version
    // of each section sent, and the tender's changes answered by sending again.
    {"submission_record",
     "WITH sent AS (INSERT INTO bid_submission (bid_id, stage, version, content, sha256, submitted_by, submitted_at, "
     "idempotency_key, declaration, signed_draft_sha256) "
     "VALUES ($1, $2, $3, $4::jsonb, $5, $6, to_timestamp($7 / 1e6), $8, $9, $10) RETURNING " + submission_columns + "), "
     "membership AS (UPDATE consortium SET locked_at = to_timestamp($7 / 1e6) WHERE id = $11 AND locked_at IS NULL), "
     "sections AS (INSERT INTO submission_section (submission_id, section, version) "
     "SELECT (SELECT id FROM sent), section, max(version) FROM bid_section_version WHERE bid_id = $1 GROUP BY section), "
     "answered AS (UPDATE bid_reconfirmation SET resolution = 'resubmitted', resolved_by = $6, "
     "resolved_at = to_timestamp($7 / 1e6) WHERE bid_id = $1 AND stage = $2 AND resolved_at IS NULL) "
     "SELECT * FROM sent"},
    // The submission sent with this Idempotency-Key ($2), if any, and the latest.
    {"submission_by_key_or_latest",
     "SELECT " + submission_columns + " FROM bid_submission WHERE bid_id = $1 AND (idempotency_key = $2 OR "
     "version = (SELECT max(version) FROM bid_submission WHERE bid_id = $1))"},
    {"submission_withdraw", "UPDATE bid_submission SET withdrawn_at = to_timestamp($2 / 1e6) WHERE id = $1"},
    // The latest submission of each bid decides whether the bid stands.
    {"bid_counts",
     "SELECT l.id, count(s.id)::int FROM lot l LEFT JOIN bid b ON b.lot_id = l.id LEFT JOIN LATERAL ("
     "SELECT id, withdrawn_at FROM bid_submission WHERE bid_id = b.id ORDER BY version DESC LIMIT 1) s "
     "ON s.withdrawn_at IS NULL WHERE l.tender_id = $1 GROUP BY l.id, l.number ORDER BY l.number"},
    {"bids_share_lock", "SELECT 1 FROM bid WHERE tender_id = $1 FOR SHARE"},
    {"submissions_standing",
     "SELECT " + submission_columns + " FROM bid_submission WHERE id IN " + standing + " ORDER BY submitted_at, id"},
    {"submission_stamps_of_consortium",
     "SELECT s.bid_id, s.stage, s.version, " MICROS("s.submitted_at") ", " MICROS("s.withdrawn_at") " "
     "FROM bid_submission s JOIN bid b ON b.id = s.bid_id WHERE b.consortium_id = $1 ORDER BY s.submitted_at, s.id"},
    // The bids of lot $1 standing in each stage, by stage and submission time.
    {"lot_bids_standing_by_stage",
     "SELECT st.stage, b.id FROM bid b CROSS JOIN (VALUES (1), (2)) st (stage) "
     "JOIN bid_submission s ON s.id = standing_submission(b.id, b.lot_id, st.stage) WHERE b.lot_id = $1 "
     "ORDER BY st.stage, s.submitted_at, s.id"},
    {"bids_standing",
     "SELECT s.bid_id, b.lot_id, b.consortium_id, " MICROS("s.submitted_at") ", c.name FROM bid_submission s "
     "JOIN bid b ON b.id = s.bid_id JOIN consortium c ON c.id = b.consortium_id WHERE s.id IN " + standing +
         " ORDER BY s.submitted_at, s.id"},

    // The document's bytes are its upload's pieces ($9), joined in order.
    {"document_insert",
     "INSERT INTO bid_document (bid_id, uploaded_by_organisation, uploaded_by, filename, media_type, size_bytes, "
     "sha256, visibility, content, uploaded_at, requirement) "
     "SELECT $1, $2, $3, $4, $5, $6, $7, $8, string_agg(bytes, ''::bytea ORDER BY piece), to_timestamp($10 / 1e6), $11 "
     "FROM upload_piece WHERE upload_id = $9 HAVING sum(octet_length(bytes)) = $6 RETURNING id"},
    {"upload_piece_insert",
     "INSERT INTO upload_piece (upload_id, piece, bytes, stored_at) VALUES ($1, $2, $3, to_timestamp($4 / 1e6))"},
    {"upload_discard", "DELETE FROM upload_piece WHERE upload_id = $1"},
    {"uploads_abandoned_discard",
     "DELETE FROM upload_piece WHERE upload_id IN "
     "(SELECT upload_id FROM upload_piece GROUP BY upload_id HAVING max(stored_at) < to_timestamp($1 / 1e6))"},
    {"document_list",
     "SELECT id, bid_id, uploaded_by_organisation, filename, media_type, size_bytes, sha256, visibility, "
     MICROS("uploaded_at") ", requirement FROM bid_document WHERE bid_id = $1 AND ($2::uuid IS NULL OR visibility = 'consortium' "
     "OR uploaded_by_organisation = $2) ORDER BY uploaded_at, id"},
    {"document_piece", "SELECT substring(content FROM $2 FOR $3) FROM bid_document WHERE id = $1"},
    {"document_delete", "DELETE FROM bid_document WHERE id = $1"},
    {"document_submitted",
     "SELECT EXISTS (SELECT 1 FROM bid_submission WHERE bid_id = $1 AND "
     "content -> 'documents' @> jsonb_build_array(jsonb_build_object('id', $2::text)))"},

    {"clarification_insert",
     "INSERT INTO clarification (tender_id, lot_id, asked_by_organisation, asked_by_user, question, asked_at) "
     "VALUES ($1, $2, $3, $4, $5, to_timestamp($6 / 1e6)) RETURNING id"},
    {"clarification_by_id", "SELECT " + clarification_columns + " WHERE c.tender_id = $1 AND c.id = $2"},
    {"clarification_by_id_for_update",
     "SELECT " + clarification_columns + " WHERE c.tender_id = $1 AND c.id = $2 FOR UPDATE OF c"},
    {"clarification_list",
     "SELECT " + clarification_columns + " WHERE c.tender_id = $1 AND ($2 OR c.published_at IS NOT NULL OR "
     "c.asked_by_organisation = $3::uuid) ORDER BY c.asked_at, c.id"},
    {"clarification_answer",
     "UPDATE clarification SET answer = $2, answered_by = $3, answered_at = to_timestamp($4 / 1e6) WHERE id = $1"},
    {"clarification_publish",
     "UPDATE clarification SET published_question = $2, lot_correction = $3::jsonb, "
     "published_at = to_timestamp($4 / 1e6), changes_tender_documents = $5 WHERE id = $1"},

    {"submission_standing_for_bid",
     "SELECT " + submission_columns + " FROM bid_submission WHERE id = "
     "(SELECT standing_submission(b.id, b.lot_id, $2) FROM bid b WHERE b.id = $1)"},

    // Each bid of $1 (ids joined by commas) must reconfirm for clarification $2.
    {"reconfirmation_insert",
     "INSERT INTO bid_reconfirmation (bid_id, clarification_id, stage, required_at) "
     "SELECT b, $2, $3, to_timestamp($4 / 1e6) FROM unnest(string_to_array($1, ',')::uuid[]) b "
     "ON CONFLICT DO NOTHING"},
    {"reconfirmation_list",
     "SELECT r.bid_id, r.clarification_id, r.stage, " MICROS("r.required_at") ", r.resolution, r.resolved_by, "
     MICROS("r.resolved_at") ", u.display_name FROM bid_reconfirmation r LEFT JOIN app_user u ON u.id = r.resolved_by "
     "WHERE r.bid_id = $1 ORDER BY r.required_at, r.clarification_id"},
    {"reconfirmation_list_of_consortium",
     "SELECT r.bid_id, r.clarification_id, r.stage, " MICROS("r.required_at") ", r.resolution, r.resolved_by, "
     MICROS("r.resolved_at") ", u.display_name FROM bid_reconfirmation r JOIN bid b ON b.id = r.bid_id "
     "LEFT JOIN app_user u ON u.id = r.resolved_by WHERE b.consortium_id = $1 ORDER BY r.required_at, r.clarification_id"},
    {"reconfirmation_open_of_lot",
     "SELECT r.bid_id, r.clarification_id, r.stage, " MICROS("r.required_at") ", r.resolution, r.resolved_by, "
     MICROS("r.resolved_at") ", NULL::text FROM bid_reconfirmation r JOIN bid b ON b.id = r.bid_id WHERE b.lot_id = $1 "
     "AND r.resolved_at IS NULL ORDER BY r.required_at, r.bid_id"},
    {"reconfirmation_resolve",
     "UPDATE bid_reconfirmation SET resolution = $3, resolved_by = $4, resolved_at = to_timestamp($5 / 1e6) "
     "WHERE bid_id = $1 AND stage = $2 AND resolved_at IS NULL"},

    {"panel_insert",
     "INSERT INTO panel (tender_id, lot_id, name, created_at, scoring_due_at) "
     "VALUES ($1, $2, $3, to_timestamp($4 / 1e6), to_timestamp($5::bigint / 1e6)) RETURNING id"},
    {"panel_update",
     "UPDATE panel SET name = $3, scoring_due_at = to_timestamp($4::bigint / 1e6), version = version + 1 "
     "WHERE id = $1 AND version = $2 RETURNING version"},
    {"panel_members_delete", "DELETE FROM panel_member WHERE panel_id = $1"},
    // $2: [{user_id, kind, chair}].
    {"panel_members_insert",
     "INSERT INTO panel_member (panel_id, user_id, kind, chair) SELECT $1, m.user_id, m.kind, m.chair "
     "FROM json_to_recordset($2::json) AS m(user_id uuid, kind text, chair boolean)"},
    // Of the ids in $1 (joined by commas), those of panellists' accounts.
    {"panellists_among",
     "SELECT id FROM app_user WHERE id = ANY (string_to_array($1, ',')::uuid[]) AND role = 'panellist'"},
    {"panel_by_id", "SELECT " + panel_columns + " FROM panel p WHERE p.id = $1"},
    {"panel_list",
     "SELECT " + panel_columns + " FROM panel p LEFT JOIN lot l ON l.id = p.lot_id WHERE p.tender_id = $1 "
     "ORDER BY l.number NULLS FIRST"},
    {"panel_list_of_member",
     "SELECT " + panel_columns + " FROM panel p WHERE p.id IN (SELECT panel_id FROM panel_member WHERE user_id = $1) "
     "ORDER BY p.created_at, p.id"},
    {"panel_for_lot", "SELECT " + panel_columns + " FROM panel p WHERE p.id = panel_for_lot($1, $2)"},
    {"panellist_list",
     "SELECT u.id, u.display_name, o.name FROM app_user u JOIN organisation o ON o.id = u.organisation_id "
     "WHERE u.role = 'panellist' ORDER BY u.display_name, u.id"},

    {"declaration_upsert",
     "INSERT INTO conflict_declaration (bid_id, stage, user_id, conflicted, description, declared_at) "
     "VALUES ($1, $2, $3, $4, $5, to_timestamp($6 / 1e6)) ON CONFLICT (bid_id, stage, user_id) DO UPDATE "
     "SET conflicted = excluded.conflicted, description = excluded.description, declared_at = excluded.declared_at"},
    {"declaration_list",
     "SELECT " + declaration_columns + " FROM conflict_declaration WHERE bid_id = $1 AND stage = $2 " + declaration_order},

    {"evaluation_rows_of_bid", evaluation_rows_sql("b.id = $1")},
    {"evaluation_rows_of_lot", evaluation_rows_sql("b.lot_id = $1")},
    {"evaluation_rows_of_tender", evaluation_rows_sql("b.tender_id = $1")},
    {"evaluation_rows_of_panel",
     evaluation_rows_sql("b.lot_id IN (SELECT l.id FROM lot l JOIN panel p ON p.tender_id = l.tender_id "
                         "WHERE p.id = $1 AND panel_for_lot(l.tender_id, l.id) = p.id)")},
    {"gate_result_upsert",
     "INSERT INTO gate_result (bid_id, stage, gate, outcome, reason, decided_by, decided_at) "
     "VALUES ($1, $2, $3, $4, $5, $6, to_timestamp($7 / 1e6)) ON CONFLICT (bid_id, stage, gate) DO UPDATE "
     "SET outcome = excluded.outcome, reason = excluded.reason, decided_by = excluded.decided_by, "
     "decided_at = excluded.decided_at"},
    // $2: [{bid_id, gate, outcome, reason, decided_by, decided_at}] for stage $1.
    {"gate_results_save",
     "INSERT INTO gate_result (bid_id, stage, gate, outcome, reason, decided_by, decided_at) "
     "SELECT r.bid_id, $1, r.gate, r.outcome, r.reason, r.decided_by, to_timestamp(r.decided_at / 1e6) "
     "FROM json_to_recordset($2::json) AS r(bid_id uuid, gate int, outcome text, reason text, decided_by uuid, "
     "decided_at bigint) ON CONFLICT (bid_id, stage, gate) DO UPDATE "
     "SET outcome = excluded.outcome, reason = excluded.reason, decided_by = excluded.decided_by, "
     "decided_at = excluded.decided_at"},
    // The stage-1 gate results of tender $1 that a person decided, each with the
    // declaration it judged (null once that submission no longer stands).
    {"stage1_judgements",
     "SELECT bid_id, " + gate_result_columns + ", declared FROM (SELECT r.*, "
     "(s.content -> 'declarations' -> r.gate)::text AS declared FROM gate_result r JOIN bid b ON b.id = r.bid_id "
     "LEFT JOIN bid_submission s ON s.id = standing_submission(b.id, b.lot_id, 1) "
     "WHERE b.tender_id = $1 AND r.stage = 1 AND r.decided_by IS NOT NULL) judged ORDER BY bid_id, gate"},
    {"gate_result_list",
     "SELECT " + gate_result_columns + " FROM gate_result WHERE bid_id = $1 AND stage = $2 ORDER BY gate"},
    {"gate_result_list_for_lot_by_stage",
     "SELECT stage, bid_id, " + gate_result_columns + " FROM gate_result "
     "WHERE bid_id IN (SELECT id FROM bid WHERE lot_id = $1) AND stage IN (1, 2) ORDER BY gate"},
    {"gate_result_list_for_lot",
     "SELECT bid_id, " + gate_result_columns + " FROM gate_result WHERE " + of_lot + "ORDER BY gate"},
    {"gate_result_list_for_tender",
     "SELECT bid_id, " + gate_result_columns + " FROM gate_result WHERE " + of_tender + "ORDER BY gate"},

    {"score_upsert",
     "INSERT INTO score (bid_id, stage, user_id, criterion, score, justification, advice, updated_at) "
     "VALUES ($1, $2, $3, $4, $5, $6, $7, to_timestamp($8 / 1e6)) ON CONFLICT (bid_id, stage, user_id, criterion) "
     "DO UPDATE SET score = excluded.score, justification = excluded.justification, advice = excluded.advice, "
     "updated_at = excluded.updated_at"},
    // Read by name in evaluation_repository.cpp: one row per stage.
    {"scoresheet_context",
     "SELECT b.tender_id, t.organisation_id AS tender_organisation_id, b.lot_id, t.status, "
     "t.scoring_scale::text AS scale, "
     "EXISTS (SELECT 1 FROM panel_member m WHERE m.panel_id = panel_for_lot(b.tender_id, b.lot_id) "
     "AND m.user_id = $2) AS seated, "
     "(SELECT count(*) FROM criterion k WHERE k.tender_id = b.tender_id "
     "AND k.lot_id IS NOT DISTINCT FROM criteria_lot(b.tender_id, b.lot_id))::int AS criteria, "
     "s.stage, standing_submission(b.id, b.lot_id, s.stage) IS NOT NULL AS standing, "
     "(SELECT c.conflicted FROM conflict_declaration c WHERE c.bid_id = b.id AND c.stage = s.stage "
     "AND c.user_id = $2) AS conflicted, "
     "EXISTS (SELECT 1 FROM gate_result g WHERE g.bid_id = b.id AND g.stage = s.stage AND g.outcome = 'fail') "
     "AS failed_gate, "
     "(SELECT " MICROS("x.submitted_at") " FROM scoresheet_submission x WHERE x.bid_id = b.id AND x.stage = s.stage "
     "AND x.user_id = $2) AS submitted_at, "
     "(SELECT coalesce(json_agg(json_build_array(sc.criterion, sc.score, sc.justification, sc.advice)), '[]') "
     "FROM score sc WHERE sc.bid_id = b.id AND sc.stage = s.stage AND sc.user_id = $2)::text AS scores "
     "FROM bid b JOIN tender t ON t.id = b.tender_id CROSS JOIN (VALUES (1), (2)) s (stage) "
     "WHERE b.id = $1 ORDER BY s.stage FOR UPDATE OF b"},
    // Who may read bid $1 as its evaluator (user $2), in stage $3 if given, else
    // the latest closed: read by name in evaluation_repository.cpp.
    {"evaluation_access",
     "SELECT b.tender_id, t.organisation_id AS tender_organisation_id, b.lot_id, t.status, "
     "t.scoring_scale::text AS scale, "
     "EXISTS (SELECT 1 FROM panel_member m WHERE m.panel_id = panel_for_lot(b.tender_id, b.lot_id) "
     "AND m.user_id = $2) AS seated, s.stage, "
     "(SELECT c.conflicted FROM conflict_declaration c WHERE c.bid_id = b.id AND c.stage = s.stage "
     "AND c.user_id = $2) AS conflicted, "
     "sub.id AS submission_id, sub.version, sub.sha256, " MICROS("sub.submitted_at") " AS submitted_at, "
     "sub.content::text AS content, co.name AS consortium_name, "
     "(SELECT coalesce(json_agg(json_build_array(o.name, m.role, m.share_bp) "
     "ORDER BY m.role = 'lead' DESC, m.invited_at, o.name), '[]') FROM consortium_member m "
     "JOIN organisation o ON o.id = m.organisation_id WHERE m.consortium_id = b.consortium_id "
     "AND m.status = 'accepted')::text AS members "
     "FROM bid b JOIN tender t ON t.id = b.tender_id JOIN consortium co ON co.id = b.consortium_id "
     "CROSS JOIN LATERAL (SELECT coalesce($3::int, latest_closed_stage(t.status)) AS stage) s "
     "LEFT JOIN bid_submission sub ON sub.id = standing_submission(b.id, b.lot_id, s.stage) WHERE b.id = $1"},
    // What bid $3 of lot $2 (tender $1) is scored against, and its gates' results
    // in stage $4: read by name in evaluation_repository.cpp.
    {"scoring_frame",
     "SELECT " + criteria_json("$1", "$2") + " AS criteria, " + gates_json("$1", "$2") + " AS gates, "
     "(SELECT coalesce(json_agg(json_build_array(r.gate, r.outcome, r.reason, r.decided_by, "
     MICROS("r.decided_at") ") ORDER BY r.gate), '[]') FROM gate_result r WHERE r.bid_id = $3 "
     "AND r.stage = $4)::text AS results"},
    // Each lot of tender $1 with what it is evaluated with: its panel (panel_columns
    // first, null when it has none), criteria, gates, and the documents bids attach.
    {"lot_frames",
     "SELECT " + panel_columns + ", l.id AS framed_lot, " + criteria_json("$1", "l.id") + " AS criteria, " +
         gates_json("$1", "l.id") + " AS gates, "
         "(SELECT count(*) FROM required_document WHERE tender_id = $1)::int AS required_documents "
         "FROM lot l LEFT JOIN panel p ON p.id = panel_for_lot($1, l.id) WHERE l.tender_id = $1 ORDER BY l.number"},
    {"score_list",
     "SELECT " + score_columns + " FROM score WHERE bid_id = $1 AND stage = $2 ORDER BY user_id, criterion"},
    {"scoresheet_submit",
     "INSERT INTO scoresheet_submission (bid_id, stage, user_id, submitted_at) VALUES ($1, $2, $3, to_timestamp($4 / 1e6))"},
    {"scoresheet_list",
     "SELECT " + scoresheet_columns + " FROM scoresheet_submission WHERE bid_id = $1 AND stage = $2 " + scoresheet_order},
    {"consensus_upsert",
     "INSERT INTO consensus_score (bid_id, stage, criterion, score, rationale, moderated_by, moderated_at) "
     "VALUES ($1, $2, $3, $4, $5, $6, to_timestamp($7 / 1e6)) ON CONFLICT (bid_id, stage, criterion) DO UPDATE "
     "SET score = excluded.score, rationale = excluded.rationale, moderated_by = excluded.moderated_by, "
     "moderated_at = excluded.moderated_at"},
    {"consensus_list",
     "SELECT " + consensus_columns + " FROM consensus_score WHERE bid_id = $1 AND stage = $2 ORDER BY criterion"},

    {"feedback_upsert",
     "INSERT INTO bid_feedback (bid_id, text, suggested_lot_id, edited_by, updated_at, advice) "
     "VALUES ($1, $2, $3, $4, to_timestamp($5 / 1e6), $6::jsonb) ON CONFLICT (bid_id) DO UPDATE SET text = excluded.text, "
     "suggested_lot_id = excluded.suggested_lot_id, edited_by = excluded.edited_by, updated_at = excluded.updated_at, "
     "advice = excluded.advice"},
    {"feedback_by_bid",
     "SELECT text, suggested_lot_id, edited_by, " MICROS("updated_at") ", advice::text FROM bid_feedback WHERE bid_id = $1"},
    {"feedback_release_insert",
     "INSERT INTO feedback_release (tender_id, shows_scores, released_by, released_at) "
     "VALUES ($1, $2, $3, to_timestamp($4 / 1e6))"},
    {"feedback_release_by_tender",
     "SELECT shows_scores, " MICROS("released_at") " FROM feedback_release WHERE tender_id = $1"},

    {"lot_tender", "SELECT tender_id FROM lot WHERE id = $1"},
    {"tie_break_delete", "DELETE FROM tie_break WHERE lot_id = $1"},
    {"tie_break_insert",
     "INSERT INTO tie_break (lot_id, bid_id, position, reason, decided_by, decided_at) "
     "VALUES ($1, $2, $3, $4, $5, to_timestamp($6 / 1e6))"},
    {"tie_break_list", "SELECT bid_id, position, reason FROM tie_break WHERE lot_id = $1 ORDER BY position"},
    {"lot_ranking_stored",
     "SELECT generation, CASE WHEN computed_generation = generation AND format = $2 THEN body END FROM lot_ranking "
     "WHERE lot_id = $1"},
    // Everything reading a ranking kept ready needs, in one round trip: the lot's
    // tender (for who may see it and its stage), whether the lot is cancelled, and
    // the stored ranking. Tender columns are unqualified: the subquery names none of them.
    {"lot_ranking_read",
     "SELECT " + tender_columns + ", x.cancelled, x.generation, x.body FROM tender JOIN ("
     "SELECT l.tender_id, l.cancelled_at IS NOT NULL AS cancelled, coalesce(r.generation, 0) AS generation, "
     "CASE WHEN r.computed_generation = r.generation AND r.format = $2 THEN r.body END AS body "
     "FROM lot l LEFT JOIN lot_ranking r ON r.lot_id = l.id WHERE l.id = $1) x ON x.tender_id = tender.id"},
    {"lot_ranking_store",
     "INSERT INTO lot_ranking (lot_id, generation, computed_generation, body, format) VALUES ($1, $2, $2, $3, $4) "
     "ON CONFLICT (lot_id) DO UPDATE SET computed_generation = EXCLUDED.computed_generation, body = EXCLUDED.body, "
     "format = EXCLUDED.format "
     "WHERE lot_ranking.generation = EXCLUDED.computed_generation"},
    // The decision and its proposed awards ($7: bid ids joined by commas).
    {"award_decision_insert",
     "WITH decision AS (INSERT INTO award_decision (lot_id, tender_id, override_reason, decided_by, decided_at, "
     "standstill_ends_at) VALUES ($1, $2, $3, $4, to_timestamp($5 / 1e6), to_timestamp($6 / 1e6)) RETURNING lot_id) "
     "INSERT INTO award (lot_id, bid_id, status) SELECT decision.lot_id, b, 'proposed' "
     "FROM decision CROSS JOIN unnest(string_to_array($7, ',')::uuid[]) b"},
    {"award_decision_by_lot", "SELECT " + award_decision_columns + " FROM award_decision d WHERE d.lot_id = $1"},
    {"award_decision_list",
     "SELECT " + award_decision_columns + " FROM award_decision d JOIN lot l ON l.id = d.lot_id "
     "WHERE d.tender_id = $1 ORDER BY l.number"},
    {"award_by_id", "SELECT " + award_columns + " FROM award WHERE id = $1"},
    {"award_by_id_for_update", "SELECT " + award_columns + " FROM award WHERE id = $1 FOR UPDATE"},
    {"award_set_status", "UPDATE award SET status = $2, suspension_reason = $3 WHERE id = $1"},
    {"award_confirm",
     "UPDATE award SET status = 'confirmed', contract_start = $2::date, contract_term_months = $3, "
     "contract_extension_months = $4, contract_value_pence = $5, confirmed_at = to_timestamp($6 / 1e6) WHERE id = $1"},

    {"section_list",
     "SELECT s.section, s.owner_organisation_id, s.owner_user_id, s.approver_user_id, s.due_date::text, s.status, "
     "s.changes_reason, (SELECT count(*) FROM bid_section_version v WHERE v.bid_id = s.bid_id "
     "AND v.section = s.section)::int FROM bid_section s WHERE s.bid_id = $1"},
    {"section_assign",
     "INSERT INTO bid_section (bid_id, section, owner_organisation_id, owner_user_id, approver_user_id, due_date) "
     "VALUES ($1, $2, $3, $4, $5, $6::date) ON CONFLICT (bid_id, section) DO UPDATE SET "
     "owner_organisation_id = excluded.owner_organisation_id, owner_user_id = excluded.owner_user_id, "
     "approver_user_id = excluded.approver_user_id, due_date = excluded.due_date"},
    // Sections $2 ([{bid_id, section}]) take status $1.
    {"sections_set_status",
     "INSERT INTO bid_section (bid_id, section, status, changes_reason) "
     "SELECT s.bid_id, s.section, $1, NULL FROM json_to_recordset($2::json) AS s(bid_id uuid, section text) "
     "ON CONFLICT (bid_id, section) DO UPDATE SET status = excluded.status, changes_reason = NULL"},
    {"section_set_status",
     "INSERT INTO bid_section (bid_id, section, status, changes_reason) VALUES ($1, $2, $3, $4) "
     "ON CONFLICT (bid_id, section) DO UPDATE SET status = excluded.status, changes_reason = excluded.changes_reason"},
    // Each changed section ($2: [{"section", "content"}], content as JSON text or null)
    // gets its next version and is in progress again.
    {"section_versions_save",
     "WITH changed AS (SELECT * FROM json_to_recordset($2::json) AS c(section text, content text)), "
     "saved AS (INSERT INTO bid_section_version (bid_id, section, version, content, saved_by, saved_at, restored_from, "
     "source_answer_id) SELECT $1, c.section, coalesce((SELECT max(v.version) FROM bid_section_version v "
     "WHERE v.bid_id = $1 AND v.section = c.section), 0) + 1, c.content::jsonb, $3, to_timestamp($4 / 1e6), $5, $6 "
     "FROM changed c) "
     "INSERT INTO bid_section (bid_id, section, status, changes_reason) SELECT $1, section, 'in_progress', NULL "
     "FROM changed ON CONFLICT (bid_id, section) DO UPDATE SET status = excluded.status, "
     "changes_reason = excluded.changes_reason"},
    {"section_version_list",
     "SELECT v.version, v.content::text, v.saved_by, u.display_name, " MICROS("v.saved_at") ", v.restored_from "
     "FROM bid_section_version v JOIN app_user u ON u.id = v.saved_by WHERE v.bid_id = $1 AND v.section = $2 "
     "ORDER BY v.version DESC"},
    {"submission_section_list",
     "SELECT ss.version, s.stage, s.version FROM submission_section ss JOIN bid_submission s ON s.id = ss.submission_id "
     "WHERE s.bid_id = $1 AND ss.section = $2 ORDER BY s.version"},

    {"sign_off_upsert",
     "INSERT INTO bid_sign_off (bid_id, organisation_id, user_id, draft_sha256, signed_at) "
     "VALUES ($1, $2, $3, $4, to_timestamp($5 / 1e6)) ON CONFLICT (bid_id, organisation_id) DO UPDATE SET "
     "user_id = excluded.user_id, draft_sha256 = excluded.draft_sha256, signed_at = excluded.signed_at, voided_at = NULL"},
    {"sign_off_void",
     "UPDATE bid_sign_off SET voided_at = to_timestamp($3 / 1e6) "
     "WHERE bid_id = $1 AND draft_sha256 <> $2 AND voided_at IS NULL RETURNING organisation_id"},
    {"consortium_people",
     "SELECT u.id, u.organisation_id, u.display_name, u.authorised_signatory FROM app_user u "
     "JOIN consortium_member m ON m.organisation_id = u.organisation_id "
     "WHERE m.consortium_id = $1 AND m.status = 'accepted' AND u.role = 'provider' ORDER BY u.display_name, u.id"},
    {"sign_off_list",
     "SELECT s.organisation_id, s.user_id, u.display_name, s.draft_sha256, " MICROS("s.signed_at") " "
     "FROM bid_sign_off s JOIN app_user u ON u.id = s.user_id WHERE s.bid_id = $1 ORDER BY s.signed_at"},

    {"comment_insert",
     "INSERT INTO section_comment (bid_id, section, parent_id, author_user_id, body, mentions, created_at) "
     "VALUES ($1, $2, $3, $4, $5, $6::jsonb, to_timestamp($7 / 1e6)) RETURNING id"},
    {"comment_list",
     "SELECT " + comment_columns + " WHERE c.bid_id = $1 AND ($2 = '' OR c.section = $2) ORDER BY c.created_at, c.id"},
    {"comment_by_id", "SELECT " + comment_columns + " WHERE c.bid_id = $1 AND c.id = $2"},
    {"comment_resolve",
     "UPDATE section_comment SET resolved_at = CASE WHEN $2 THEN to_timestamp($4 / 1e6) END, "
     "resolved_by = CASE WHEN $2 THEN $3::uuid END WHERE id = $1"},

    {"notify", notify_sql},
    {"inbox",
     "SELECT " + notification_columns + " FROM notification WHERE recipient_user_id = $1 "
     "AND (NOT $2 OR read_at IS NULL) ORDER BY id DESC LIMIT $3 OFFSET $4"},
    {"inbox_counts",
     "SELECT count(*), count(*) FILTER (WHERE read_at IS NULL) FROM notification WHERE recipient_user_id = $1"},
    {"notification_read",
     "UPDATE notification SET read_at = coalesce(read_at, to_timestamp($3 / 1e6)) "
     "WHERE recipient_user_id = $1 AND id = $2 RETURNING id"},
    {"notifications_all_read",
     "UPDATE notification SET read_at = to_timestamp($2 / 1e6) WHERE recipient_user_id = $1 AND read_at IS NULL"},
    {"notification_preferences", "SELECT kind, email FROM notification_preference WHERE user_id = $1"},
    {"notification_preference_set",
     "INSERT INTO notification_preference (user_id, kind, email) VALUES ($1, $2, $3) "
     "ON CONFLICT (user_id, kind) DO UPDATE SET email = excluded.email"},
    {"notification_by_token", "SELECT recipient_user_id, kind FROM notification WHERE unsubscribe_token = $1"},
    {"mail_claim",
     "SELECT n.id, n.kind, n.subject::text, n.link, u.email, u.display_name, n.email_attempts, "
     "n.unsubscribe_token::text FROM notification n JOIN app_user u ON u.id = n.recipient_user_id "
     "WHERE n.email_state = 'pending' AND n.email_next_at <= to_timestamp($1 / 1e6) "
     "ORDER BY n.email_next_at, n.id LIMIT 1 FOR UPDATE OF n SKIP LOCKED"},
    {"mail_sent",
     "UPDATE notification SET email_state = 'sent', email_sent_at = to_timestamp($2 / 1e6), "
     "email_attempts = email_attempts + 1, email_next_at = NULL WHERE id = $1"},
    {"mail_attempt_failed",
     "UPDATE notification SET email_attempts = email_attempts + 1, email_last_error = $2, "
     "email_state = CASE WHEN $3::bigint IS NULL THEN 'failed' ELSE 'pending' END, "
     "email_next_at = to_timestamp($3 / 1e6) WHERE id = $1"},
    {"outbox_counts", "SELECT email_state, count(*) FROM notification GROUP BY email_state"},
    {"outbox_failed",
     "SELECT n.id, n.kind, u.email, n.email_attempts, n.email_last_error, " MICROS("n.created_at") " "
     "FROM notification n JOIN app_user u ON u.id = n.recipient_user_id WHERE n.email_state = 'failed' "
     "ORDER BY n.id DESC LIMIT $1 OFFSET $2"},
    {"outbox_retry",
     "UPDATE notification SET email_state = 'pending', email_attempts = 0, email_next_at = to_timestamp($2 / 1e6) "
     "WHERE id = $1 AND email_state = 'failed' RETURNING id"},
    {"cpv_subscriptions", "SELECT cpv_code FROM cpv_subscription WHERE organisation_id = $1 ORDER BY cpv_code"},
    {"cpv_subscriptions_clear", "DELETE FROM cpv_subscription WHERE organisation_id = $1"},
    {"cpv_subscription_add", "INSERT INTO cpv_subscription (organisation_id, cpv_code) VALUES ($1, $2) ON CONFLICT DO NOTHING"},
    {"cpv_subscription_change",
     "SELECT changed_by, " MICROS("changed_at") " FROM cpv_subscription_change WHERE organisation_id = $1"},
    {"cpv_subscription_changed",
     "INSERT INTO cpv_subscription_change (organisation_id, changed_by, changed_at) VALUES ($1, $2, to_timestamp($3 / 1e6)) "
     "ON CONFLICT (organisation_id) DO UPDATE SET changed_by = excluded.changed_by, changed_at = excluded.changed_at"},

    {"job_claim",
     "SELECT name FROM scheduled_job WHERE next_run_at <= to_timestamp($1 / 1e6) ORDER BY next_run_at "
     "LIMIT 1 FOR UPDATE SKIP LOCKED"},
    {"job_finish",
     "UPDATE scheduled_job SET last_run_at = to_timestamp($2 / 1e6), next_run_at = to_timestamp($2 / 1e6) + every, "
     "last_error = $3 WHERE name = $1"},
    // Bids of open stages whose deadline is near and whose latest version for the
    // stage is not standing (none sent, or the latest withdrawn: a withdrawal
    // marks only the latest version), in lots still going ahead.
    {"reminder_unsubmitted_bids",
     "SELECT b.id, t.id, d.stage, " MICROS("d.deadline") " FROM bid b JOIN tender t ON t.id = b.tender_id "
     "CROSS JOIN LATERAL (SELECT CASE t.status WHEN 'stage1_open' THEN 1 ELSE 2 END AS stage, "
     "CASE t.status WHEN 'stage1_open' THEN t.stage1_deadline ELSE t.stage2_deadline END AS deadline) d "
     "WHERE t.status IN ('stage1_open', 'stage2_open') AND d.deadline > to_timestamp($1 / 1e6) "
     "AND d.deadline <= to_timestamp($1 / 1e6) + make_interval(days => $2) "
     "AND NOT EXISTS (SELECT 1 FROM lot WHERE lot.id = b.lot_id AND lot.cancelled_at IS NOT NULL) "
     "AND NOT EXISTS (SELECT 1 FROM (SELECT s.withdrawn_at FROM bid_submission s WHERE s.bid_id = b.id "
     "AND s.stage = d.stage ORDER BY s.version DESC LIMIT 1) latest WHERE latest.withdrawn_at IS NULL) "
     "ORDER BY d.deadline, b.id"},
    // Per panel member, the bids they can still score: standing in the stage under
    // evaluation, evaluable (lot not cancelled, no reconfirmation outstanding), not
    // excluded by a failed gate, not declared a conflict, scoresheet not yet sent.
    {"reminder_unscored_work",
     "SELECT p.id, p.name, t.id, m.user_id, d.stage, count(*)::int, " MICROS("p.scoring_due_at") " "
     "FROM panel p JOIN tender t ON t.id = p.tender_id JOIN panel_member m ON m.panel_id = p.id "
     "CROSS JOIN LATERAL (SELECT CASE t.status WHEN 'stage1_evaluation' THEN 1 ELSE 2 END AS stage) d "
     "JOIN bid b ON b.tender_id = t.id AND panel_for_lot(t.id, b.lot_id) = p.id "
     "WHERE t.status IN ('stage1_evaluation', 'stage2_evaluation') AND p.scoring_due_at > to_timestamp($1 / 1e6) "
     "AND p.scoring_due_at <= to_timestamp($1 / 1e6) + make_interval(days => $2) "
     "AND standing_submission(b.id, b.lot_id, d.stage) IS NOT NULL "
     "AND NOT EXISTS (SELECT 1 FROM gate_result g WHERE g.bid_id = b.id AND g.stage = d.stage AND g.outcome = 'fail') "
     "AND NOT EXISTS (SELECT 1 FROM scoresheet_submission x WHERE x.bid_id = b.id AND x.stage = d.stage "
     "AND x.user_id = m.user_id) "
     "AND NOT EXISTS (SELECT 1 FROM conflict_declaration c WHERE c.bid_id = b.id AND c.stage = d.stage "
     "AND c.user_id = m.user_id AND c.conflicted) "
     "GROUP BY p.id, p.name, t.id, m.user_id, d.stage, p.scoring_due_at ORDER BY p.id, m.user_id"},
    {"reminder_ended_standstills",
     "SELECT d.tender_id, d.lot_id, " MICROS("d.standstill_ends_at") " FROM award_decision d "
     "WHERE d.standstill_ends_at <= to_timestamp($1 / 1e6) "
     "AND EXISTS (SELECT 1 FROM award a WHERE a.lot_id = d.lot_id AND a.status = 'proposed') ORDER BY d.lot_id"},

    {"panellist_links",
     "SELECT l.organisation_id, o.name, l.kind, l.note, o.kind FROM panellist_link l "
     "JOIN organisation o ON o.id = l.organisation_id WHERE l.user_id = $1 "
     "UNION ALL SELECT NULL::uuid, u.name, u.kind, u.note, NULL FROM panellist_unregistered_link u WHERE u.user_id = $1 "
     "ORDER BY 2, 3"},
    {"panellist_links_clear", "DELETE FROM panellist_link WHERE user_id = $1"},
    {"panellist_unregistered_links_clear", "DELETE FROM panellist_unregistered_link WHERE user_id = $1"},
    {"panellist_unregistered_link_add",
     "INSERT INTO panellist_unregistered_link (user_id, name, kind, note) VALUES ($1, btrim($2), $3, $4) ON CONFLICT DO NOTHING"},
    {"panellist_link_add",
     "INSERT INTO panellist_link (user_id, organisation_id, kind, note) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING"},
    {"panellist_linked_partners",
     "SELECT l.organisation_id, o.name, l.kind, l.note, o.kind FROM panellist_link l JOIN organisation o ON o.id = l.organisation_id "
     "JOIN consortium_member m ON m.organisation_id = l.organisation_id AND m.status = 'accepted' "
     "JOIN bid b ON b.consortium_id = m.consortium_id WHERE b.id = $1 AND l.user_id = $2 ORDER BY o.name, l.kind"},
    {"conflict_flags_uncleared",
     "SELECT count(DISTINCT l.user_id)::int FROM panellist_link l "
     "JOIN consortium_member m ON m.organisation_id = l.organisation_id AND m.status = 'accepted' "
     "JOIN bid b ON b.consortium_id = m.consortium_id "
     "JOIN panel_member p ON p.user_id = l.user_id AND p.panel_id = $2 WHERE b.id = $1 "
     "AND NOT EXISTS (SELECT 1 FROM conflict_flag_clearance c WHERE c.bid_id = b.id AND c.user_id = l.user_id)"},
    {"conflict_flag_clearance",
     "SELECT reason, cleared_by, " MICROS("cleared_at") " FROM conflict_flag_clearance WHERE bid_id = $1 AND user_id = $2"},
    {"conflict_flag_withdraw", "DELETE FROM conflict_flag_clearance WHERE bid_id = $1 AND user_id = $2"},
    {"conflict_flag_clear",
     "INSERT INTO conflict_flag_clearance (bid_id, user_id, reason, cleared_by, cleared_at) "
     "VALUES ($1, $2, $3, $4, to_timestamp($5 / 1e6)) ON CONFLICT (bid_id, user_id) DO UPDATE "
     "SET reason = excluded.reason, cleared_by = excluded.cleared_by, cleared_at = excluded.cleared_at"},

    {"answer_insert",
     "INSERT INTO library_answer (organisation_id, title, text, tags, last_reviewed, updated_by, updated_at) "
     "VALUES ($1, $2, $3, $4::jsonb, $5::date, $6, to_timestamp($7 / 1e6)) RETURNING id"},
    {"answer_update",
     "UPDATE library_answer SET title = $3, text = $4, tags = $5::jsonb, last_reviewed = $6::date, updated_by = $7, "
     "updated_at = to_timestamp($8 / 1e6), version = version + 1 WHERE id = $1 AND version = $2 RETURNING version"},
    {"answer_delete", "DELETE FROM library_answer WHERE id = $1"},
    {"answer_by_id", "SELECT " + answer_columns + " FROM library_answer WHERE organisation_id = $1 AND id = $2"},
    {"answer_search",
     "SELECT " + answer_columns + " FROM library_answer WHERE organisation_id = $1 AND "
     "($2 = '' OR search @@ websearch_to_tsquery('english', $2)) "
     "ORDER BY CASE WHEN $2 = '' THEN 0 ELSE ts_rank(search, websearch_to_tsquery('english', $2)) END DESC, "
     "updated_at DESC, id LIMIT $3 OFFSET $4"},

    {"presence_upsert",
     "INSERT INTO section_presence (bid_id, section, user_id, mode, seen_at) VALUES ($1, $2, $3, $4, "
     "to_timestamp($5 / 1e6)) ON CONFLICT (bid_id, section, user_id) DO UPDATE SET mode = excluded.mode, "
     "seen_at = excluded.seen_at"},
    {"presence_delete", "DELETE FROM section_presence WHERE bid_id = $1 AND section = $2 AND user_id = $3"},
    {"presence_list",
     "SELECT p.section, p.user_id, u.display_name, u.organisation_id, p.mode, " MICROS("p.seen_at") " "
     "FROM section_presence p JOIN app_user u ON u.id = p.user_id "
     "WHERE p.bid_id = $1 AND p.seen_at > to_timestamp($2 / 1e6) ORDER BY p.section, u.display_name"},

    {"audit_append", "SELECT audit_append($1, $2, to_timestamp($3 / 1e6), $4, $5)"},
    {"audit_tender_list",
     "SELECT chain, position, event, previous_hash, hash FROM audit_event" + audit_unsealed +
         " ORDER BY position LIMIT $3 OFFSET $4"},
    // The quoted action found in the text first: most of a tender's events are
    // score saves, and a text search is cheaper than parsing each of them.
    {"audit_tender_action",
     "SELECT chain, position, event, previous_hash, hash FROM audit_event WHERE tender_id = $1 "
     "AND strpos(event, '\"' || $2 || '\"') > 0 AND event::jsonb ->> 'action' = $2 ORDER BY position"},
    {"audit_heads",
     "SELECT chain, position, hash FROM audit_chain_head WHERE $1::text IS NULL OR chain = $1 ORDER BY chain"},
    {"audit_tender_count", "SELECT count(*) FROM audit_event" + audit_unsealed},
    {"audit_chain_page",
     "SELECT chain, position, event, previous_hash, hash FROM audit_event WHERE chain = $1 AND position > $2 "
     "ORDER BY position LIMIT $3"},
};

#undef MICROS

}  // namespace

void prepare_statements(pqxx::connection_base& connection) {
    for (const auto& statement : statements) connection.prepare(statement.name, statement.sql);
}

}  // namespace collabtender::persistence
