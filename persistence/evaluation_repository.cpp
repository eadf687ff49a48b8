#include "persistence/evaluation_repository.hpp"

#include <map>
#include <set>

#include <boost/json.hpp>

#include "persistence/accounts_repository.hpp"
#include "persistence/columns.hpp"
#include "persistence/fields.hpp"
#include "persistence/json_ids.hpp"
#include "persistence/stored_json.hpp"
#include "persistence/tx.hpp"
#include "persistence/sql/evaluation.hpp"

namespace collabtender::persistence {
namespace {

// A panel_record (sql/040_statement_helpers.sql) with its members.
PanelRecord panel_from(const pqxx::row& r) {
    const RowFields f{r};
    PanelRecord panel{domain::PanelId{f.text("id")},
                      domain::TenderId{f.text("tender_id")},
                      optional_id<domain::LotId>(f.optional_text("lot_id")),
                      f.text("name"),
                      f.integer("version"),
                      {},
                      f.optional_time("scoring_due_at")};
    panel.members = list<PanelMemberRecord>(r["members"], [](const Fields& m) {
        return PanelMemberRecord{{domain::UserId{m.text("user_id")},
                                  domain::parse_panel_member_kind(m.text("kind")).value(), m.boolean("chair")},
                                 m.text("name")};
    });
    return panel;
}

std::vector<PanelRecord> panels_from(const pqxx::result& rows) {
    std::vector<PanelRecord> out;
    for (const auto& r : rows) out.push_back(panel_from(r));
    return out;
}

std::optional<PanelRecord> first(std::vector<PanelRecord> panels) {
    if (panels.empty()) return std::nullopt;
    return std::move(panels.front());
}

// Evaluation rows start at column `at`: 0 when read for one bid, 1 after the
// bid_id when read for a whole lot.
// Each record read by column name from its statements' rows (declaration_list;
// gate_result_record's columns; score_list; scoresheet_list; consensus_list).
ConflictDeclaration declaration_from(const pqxx::row& r) {
    const RowFields f{r};
    return {r["user_id"].as<domain::UserId>(), f.boolean("conflicted"), f.optional_text("description"),
            f.time("declared_at")};
}

GateResultRecord gate_result_from(const pqxx::row& r) {
    const RowFields f{r};
    return {f.integer("gate"),
            {domain::parse_gate_outcome(f.text("outcome")).value(), f.text("reason")},
            optional_id<domain::UserId>(f.optional_text("decided_by")),
            f.time("decided_at")};
}

ScoreRecord score_from(const pqxx::row& r) {
    const RowFields f{r};
    return {r["user_id"].as<domain::UserId>(),
            f.integer("criterion"),
            {f.optional_integer("score"), f.text("justification"), f.text("advice")}};
}

ScoresheetSubmission scoresheet_from(const pqxx::row& r) {
    return {r["user_id"].as<domain::UserId>(), RowFields{r}.time("submitted_at")};
}

ConsensusRecord consensus_from(const pqxx::row& r) {
    const RowFields f{r};
    return {f.integer("criterion"), f.integer("score"), f.text("rationale"), r["moderated_by"].as<domain::UserId>(),
            f.time("moderated_at")};
}

template <typename Record>
std::vector<Record> bid_rows(Tx& tx, const Statement& statement, const domain::BidId& bid_id, int stage,
                             Record (*from)(const pqxx::row&)) {
    std::vector<Record> out;
    for (const auto& r : tx.exec_prepared(statement, bid_id, stage)) out.push_back(from(r));
    return out;
}

// What the panel recorded, from a row of the bid_evaluation view (sql/040_statement_helpers.sql).
BidEvaluationRows rows_from(const pqxx::row& r) {
    BidEvaluationRows out;
    const auto text = [](const boost::json::value& v) { return std::string{v.as_string()}; };
    const auto micros_at = [](const boost::json::value& v) {
        return domain::TimePoint{std::chrono::microseconds{v.as_int64()}};
    };
    const auto declarations = parse_stored_json(r["declarations"].c_str());
    for (const auto& v : declarations.as_array()) {
        const auto& d = v.as_array();
        out.declarations.push_back({domain::UserId{text(d.at(0))}, d.at(1).as_bool(),
                                    d.at(2).is_null() ? std::nullopt : std::optional<std::string>{text(d.at(2))},
                                    micros_at(d.at(3))});
    }
    const auto submissions = parse_stored_json(r["submissions"].c_str());
    for (const auto& v : submissions.as_array())
        out.submissions.push_back({domain::UserId{text(v.at(0))}, micros_at(v.at(1))});
    const auto scores = parse_stored_json(r["scores"].c_str());
    for (const auto& v : scores.as_array())
        out.scores.push_back(
            {domain::UserId{text(v.at(0))},
             static_cast<int>(v.at(1).as_int64()),
             {v.at(2).is_null() ? std::nullopt : std::optional<int>{static_cast<int>(v.at(2).as_int64())},
              text(v.at(3)), text(v.at(4))}});
    const auto consensus = parse_stored_json(r["consensus"].c_str());
    for (const auto& v : consensus.as_array())
        out.consensus.push_back({static_cast<int>(v.at(0).as_int64()), static_cast<int>(v.at(1).as_int64()),
                                 text(v.at(2)), domain::UserId{text(v.at(3))}, micros_at(v.at(4))});
    return out;
}

// Every bid's rows of the scope ("bid", "lot", "panel" or "tender"), by bid id, in one statement.
std::map<domain::BidId, BidEvaluationRows> evaluation_rows(Tx& tx, const Statement& of_scope,
                                                           const std::string& scope_id, int stage, bool with_scores) {
    std::map<domain::BidId, BidEvaluationRows> out;
    for (const auto& r : tx.exec_prepared(of_scope, scope_id, stage, with_scores))
        out.emplace(r[0].as<domain::BidId>(), rows_from(r));
    return out;
}

std::string json_text(const boost::json::value& v) { return std::string{v.as_string()}; }

}  // namespace

const PanelMemberRecord* PanelRecord::member(const domain::UserId& user_id) const {
    for (const auto& m : members)
        if (m.member.user_id == user_id) return &m;
    return nullptr;
}

domain::PanelId insert_panel(Tx& tx, const domain::TenderId& tender_id, const std::optional<domain::LotId>& lot_id,
                             const std::string& name, std::optional<domain::TimePoint> scoring_due_at,
                             domain::TimePoint now) {
    return tx.exec_prepared1(sql::panel_insert, tender_id, lot_id, name, micros(now), micros(scoring_due_at))[0]
        .as<domain::PanelId>();
}

std::optional<int> update_panel(Tx& tx, const domain::PanelId& id, int expected_version, const std::string& name,
                                std::optional<domain::TimePoint> scoring_due_at) {
    const auto rows = tx.exec_prepared(sql::panel_update, id, expected_version, name, micros(scoring_due_at));
    if (rows.empty()) return std::nullopt;
    return rows[0][0].as<int>();
}

void replace_panel_members(Tx& tx, const domain::PanelId& panel_id, const std::vector<domain::PanelMember>& members) {
    tx.exec_prepared0(sql::panel_members_delete, panel_id);
    if (members.empty()) return;
    boost::json::array rows;
    for (const auto& m : members)
        rows.push_back({{"user_id", m.user_id}, {"kind", std::string{domain::to_string(m.kind)}}, {"chair", m.chair}});
    tx.exec_prepared0(sql::panel_members_insert, panel_id, boost::json::serialize(rows));
}

std::set<std::string> panellists_among(Tx& tx, const std::vector<domain::UserId>& user_ids) {
    const auto ids = id_list(user_ids);
    std::set<std::string> out;
    if (ids.empty()) return out;
    for (const auto& r : tx.exec_prepared(sql::panellists_among, ids)) out.insert(r[0].as<std::string>());
    return out;
}

std::optional<PanelRecord> find_panel(Tx& tx, const domain::PanelId& id) {
    if (!is_uuid(id)) return std::nullopt;
    return first(panels_from(tx.exec_prepared(sql::panel_by_id, id)));
}

std::vector<PanelRecord> list_panels(Tx& tx, const domain::TenderId& tender_id) {
    return panels_from(tx.exec_prepared(sql::panel_list, tender_id));
}

std::vector<PanelRecord> panels_of_member(Tx& tx, const domain::UserId& user_id) {
    return panels_from(tx.exec_prepared(sql::panel_list_of_member, user_id));
}

std::map<domain::TenderId, std::vector<PanelRecord>> panels_of_tenders(Tx& tx,
                                                                       const std::vector<domain::TenderId>& tender_ids) {
    std::map<domain::TenderId, std::vector<PanelRecord>> out;
    const auto ids = id_list(tender_ids);
    if (ids.empty()) return out;
    for (auto& panel : panels_from(tx.exec_prepared(sql::panel_list_of_tenders, ids)))
        out[panel.tender_id].push_back(std::move(panel));
    return out;
}

std::optional<PanelRecord> panel_for_lot(Tx& tx, const domain::TenderId& tender_id, const domain::LotId& lot_id) {
    return first(panels_from(tx.exec_prepared(sql::panel_for_lot, tender_id, lot_id)));
}

std::vector<PanellistRecord> list_panellists(Tx& tx) {
    std::vector<PanellistRecord> out;
    for (const auto& r : tx.exec_prepared(sql::panellist_list))
        out.push_back({r["id"].as<domain::UserId>(), r["display_name"].as<std::string>(),
                       r["organisation_name"].as<std::string>()});
    return out;
}

void save_declaration(Tx& tx, const domain::BidId& bid_id, int stage, const ConflictDeclaration& d) {
    tx.exec_prepared0(sql::declaration_upsert, bid_id, stage, d.user_id, d.conflicted, d.description,
                      micros(d.declared_at));
}

std::vector<ConflictDeclaration> declarations(Tx& tx, const domain::BidId& bid_id, int stage) {
    return bid_rows(tx, sql::declaration_list, bid_id, stage, declaration_from);
}

void save_gate_result(Tx& tx, const domain::BidId& bid_id, int stage, const GateResultRecord& g) {
    tx.exec_prepared0(sql::gate_result_upsert, bid_id, stage, g.gate, std::string{domain::to_string(g.result.outcome)},
                      g.result.reason, g.decided_by, micros(g.decided_at));
}

void save_gate_results(Tx& tx, int stage, const std::vector<BidGateResult>& results) {
    if (results.empty()) return;
    boost::json::array rows;
    for (const auto& [bid_id, g] : results)
        rows.push_back({{"bid_id", bid_id},
                        {"gate", g.gate},
                        {"outcome", std::string{domain::to_string(g.result.outcome)}},
                        {"reason", g.result.reason},
                        {"decided_by", g.decided_by ? boost::json::value_from(*g.decided_by) : nullptr},
                        {"decided_at", micros(g.decided_at)}});
    tx.exec_prepared0(sql::gate_results_save, stage, boost::json::serialize(rows));
}

std::map<domain::BidId, std::map<int, Judgement>> stage1_judgements(Tx& tx, const domain::TenderId& tender_id) {
    std::map<domain::BidId, std::map<int, Judgement>> out;
    for (const auto& r : tx.exec_prepared(sql::stage1_judgements, tender_id)) {
        auto record = gate_result_from(r);
        const int gate = record.gate;
        out[r["bid_id"].as<domain::BidId>()].emplace(gate,
                                                     Judgement{std::move(record), RowFields{r}.optional_text("declared")});
    }
    return out;
}

std::vector<GateResultRecord> gate_results(Tx& tx, const domain::BidId& bid_id, int stage) {
    return bid_rows(tx, sql::gate_result_list, bid_id, stage, gate_result_from);
}

bool excluded_at(Tx& tx, const domain::BidId& bid_id, int stage) {
    std::vector<domain::GateResult> results;
    for (const auto& r : gate_results(tx, bid_id, stage)) results.push_back(r.result);
    return domain::excluded(results);
}

std::optional<EvaluationAccess> evaluation_access(Tx& tx, const domain::BidId& bid_id, const domain::UserId& user_id,
                                                  std::optional<int> stage) {
    if (!is_uuid(bid_id)) return std::nullopt;
    const auto rows = tx.exec_prepared(sql::evaluation_access, bid_id, user_id, stage);
    if (rows.empty()) return std::nullopt;
    const auto& r = rows[0];
    EvaluationAccess a{r["tender_id"].as<domain::TenderId>(),
                       r["tender_organisation_id"].as<domain::OrganisationId>(),
                       r["lot_id"].as<domain::LotId>(),
                       *domain::parse_tender_status(r["status"].as<std::string>()),
                       scale_from_json(r["scale"].as<std::string>()),
                       r["seated"].as<bool>(),
                       r["stage"].as<int>(),
                       std::nullopt,
                       std::nullopt,
                       r["consortium_name"].as<std::string>(),
                       {}};
    if (!r["conflicted"].is_null()) a.conflicted = r["conflicted"].as<bool>();
    if (!r["submission_id"].is_null())
        a.submission = EvaluatedSubmission{r["submission_id"].as<domain::SubmissionId>(), r["version"].as<int>(),
                                           r["sha256"].as<std::string>(), time_from(r["submitted_at"]),
                                           r["content"].as<std::string>()};
    const auto members = boost::json::parse(r["members"].as<std::string>());
    for (const auto& m : members.as_array())
        a.members.push_back({json_text(m.at(0)), json_text(m.at(1)), static_cast<int>(m.at(2).as_int64())});
    return a;
}

ScoringFrame scoring_frame(Tx& tx, const domain::TenderId& tender_id, const domain::LotId& lot_id,
                           const domain::BidId& bid_id, int stage) {
    const auto r = tx.exec_prepared1(sql::scoring_frame, tender_id, lot_id, bid_id, stage);
    ScoringFrame frame{criteria_from(r["criteria"]), gates_from(r["gates"]), {}};
    const auto results = boost::json::parse(r["results"].as<std::string>());
    for (const auto& g : results.as_array())
        frame.results.push_back({static_cast<int>(g.at(0).as_int64()),
                                 {domain::parse_gate_outcome(json_text(g.at(1))).value(), json_text(g.at(2))},
                                 g.at(3).is_null() ? std::nullopt : std::optional<domain::UserId>{json_text(g.at(3))},
                                 domain::TimePoint{std::chrono::microseconds{g.at(4).as_int64()}}});
    return frame;
}

std::map<domain::LotId, LotFrame> lot_frames(Tx& tx, const domain::TenderId& tender_id) {
    std::map<domain::LotId, LotFrame> out;
    for (const auto& r : tx.exec_prepared(sql::lot_frames, tender_id)) {
        LotFrame frame{criteria_from(r["criteria"]), gates_from(r["gates"]), std::nullopt,
                       r["required_documents"].as<int>()};
        if (!r["id"].is_null()) frame.panel = panel_from(r);
        out.emplace(r["framed_lot"].as<domain::LotId>(), std::move(frame));
    }
    return out;
}

std::optional<ScoresheetContext> scoresheet_context(Tx& tx, const domain::BidId& bid_id,
                                                    const domain::UserId& user_id) {
    if (!is_uuid(bid_id)) return std::nullopt;
    tx.exec_prepared(sql::scoresheet_lock, bid_id, user_id);
    const auto rows = tx.exec_prepared(sql::scoresheet_context, bid_id, user_id);
    if (rows.empty()) return std::nullopt;
    const auto& first = rows[0];
    ScoresheetContext c{first["tender_id"].as<domain::TenderId>(),
                        first["tender_organisation_id"].as<domain::OrganisationId>(),
                        first["lot_id"].as<domain::LotId>(),
                        *domain::parse_tender_status(first["status"].as<std::string>()),
                        scale_from_json(first["scale"].as<std::string>()),
                        first["seated"].as<bool>(),
                        first["criteria"].as<int>(),
                        {}};
    for (const auto& r : rows) {
        auto& facts = c.stages[r["stage"].as<int>() - 1];
        facts.standing = r["standing"].as<bool>();
        if (!r["conflicted"].is_null()) facts.conflicted = r["conflicted"].as<bool>();
        facts.failed_gate = r["failed_gate"].as<bool>();
        facts.submitted_at = optional_time_from(r["submitted_at"]);
        const auto scores = boost::json::parse(r["scores"].as<std::string>());
        for (const auto& item : scores.as_array()) {
            const auto& score = item.as_array();
            facts.scores[static_cast<int>(score.at(0).as_int64())] = {
                score.at(1).is_null() ? std::nullopt : std::optional<int>{static_cast<int>(score.at(1).as_int64())},
                std::string{score.at(2).as_string()}, std::string{score.at(3).as_string()}};
        }
    }
    return c;
}

void save_score(Tx& tx, const domain::BidId& bid_id, int stage, const ScoreRecord& s, domain::TimePoint now,
                const AuditEvent& audit) {
    tx.exec_prepared_at_commit(sql::score_save, bid_id, stage, s.user_id, s.criterion, s.score.score,
                               s.score.justification, s.score.advice, micros(now), audit.chain, audit.tender_id,
                               micros(audit.occurred_at), audit.prefix, audit.suffix);
}

std::vector<ScoreRecord> scores(Tx& tx, const domain::BidId& bid_id, int stage) {
    return bid_rows(tx, sql::score_list, bid_id, stage, score_from);
}

void submit_scoresheet(Tx& tx, const domain::BidId& bid_id, int stage, const domain::UserId& user_id,
                       domain::TimePoint now) {
    tx.exec_prepared0(sql::scoresheet_submit, bid_id, stage, user_id, micros(now));
}

std::vector<ScoresheetSubmission> scoresheet_submissions(Tx& tx, const domain::BidId& bid_id, int stage) {
    return bid_rows(tx, sql::scoresheet_list, bid_id, stage, scoresheet_from);
}

void save_consensus(Tx& tx, const domain::BidId& bid_id, int stage, const ConsensusRecord& c) {
    tx.exec_prepared0(sql::consensus_upsert, bid_id, stage, c.criterion, c.score, c.rationale, c.moderated_by,
                      micros(c.moderated_at));
}

std::vector<ConsensusRecord> consensus(Tx& tx, const domain::BidId& bid_id, int stage) {
    return bid_rows(tx, sql::consensus_list, bid_id, stage, consensus_from);
}

std::map<domain::BidId, BidEvaluationRows> lot_evaluation_rows(Tx& tx, const domain::LotId& lot_id, int stage,
                                                               bool with_scores) {
    return evaluation_rows(tx, sql::evaluation_rows_of_lot, lot_id, stage, with_scores);
}

BidEvaluationRows bid_evaluation_rows(Tx& tx, const domain::BidId& bid_id, int stage) {
    auto rows = evaluation_rows(tx, sql::evaluation_rows_of_bid, bid_id, stage, true);
    return rows.empty() ? BidEvaluationRows{} : std::move(rows.begin()->second);
}

std::array<std::map<domain::BidId, std::vector<GateResultRecord>>, 2> lot_gate_results_by_stage(
    Tx& tx, const domain::LotId& lot_id) {
    std::array<std::map<domain::BidId, std::vector<GateResultRecord>>, 2> out;
    for (const auto& r : tx.exec_prepared(sql::gate_result_list_for_lot_by_stage, lot_id))
        out[static_cast<std::size_t>(r["stage"].as<int>() - 1)][r["bid_id"].as<domain::BidId>()].push_back(
            gate_result_from(r));
    return out;
}

std::map<domain::BidId, BidEvaluationRows> panel_evaluation_rows(Tx& tx, const domain::PanelId& panel_id, int stage,
                                                                 bool with_scores) {
    return evaluation_rows(tx, sql::evaluation_rows_of_panel, panel_id, stage, with_scores);
}

std::map<domain::BidId, BidEvaluationRows> tender_evaluation_rows(Tx& tx, const domain::TenderId& tender_id,
                                                                  int stage) {
    return evaluation_rows(tx, sql::evaluation_rows_of_tender, tender_id, stage, true);
}

std::map<domain::BidId, std::vector<GateResultRecord>> tender_gate_results(Tx& tx, const domain::TenderId& tender_id,
                                                                           int stage) {
    return gate_results_of_tenders(tx, {tender_id}, stage);
}

std::map<domain::BidId, std::vector<GateResultRecord>> gate_results_of_tenders(
    Tx& tx, const std::vector<domain::TenderId>& tender_ids, int stage) {
    std::map<domain::BidId, std::vector<GateResultRecord>> out;
    const auto ids = id_list(tender_ids);
    if (ids.empty()) return out;
    for (const auto& r : tx.exec_prepared(sql::gate_result_list_for_tenders, ids, stage))
        out[r["bid_id"].as<domain::BidId>()].push_back(gate_result_from(r));
    return out;
}

std::map<domain::BidId, std::vector<GateResultRecord>> gate_results_in_stages(Tx& tx,
                                                                              const std::vector<TenderStage>& stages) {
    std::map<domain::BidId, std::vector<GateResultRecord>> out;
    if (stages.empty()) return out;
    const auto [tenders, numbers] = stage_lists(stages);
    for (const auto& r : tx.exec_prepared(sql::gate_result_list_in_stages, tenders, numbers))
        out[r["bid_id"].as<domain::BidId>()].push_back(gate_result_from(r));
    return out;
}

std::map<domain::BidId, BidEvaluationRows> evaluation_rows_in_stages(Tx& tx, const std::vector<PanelStage>& stages) {
    std::map<domain::BidId, BidEvaluationRows> out;
    if (stages.empty()) return out;
    const auto [panels, numbers] = stage_lists(stages);
    for (const auto& r : tx.exec_prepared(sql::evaluation_rows_of_panels, panels, numbers))
        out.emplace(r[0].as<domain::BidId>(), rows_from(r));
    return out;
}

void save_feedback(Tx& tx, const domain::BidId& bid_id, const FeedbackRecord& f) {
    tx.exec_prepared0(sql::feedback_upsert, bid_id, f.text, f.suggested_lot_id, f.edited_by, micros(f.updated_at),
                      f.advice_json);
}

std::optional<FeedbackRecord> find_feedback(Tx& tx, const domain::BidId& bid_id) {
    const auto rows = tx.exec_prepared(sql::feedback_by_bid, bid_id);
    if (rows.empty()) return std::nullopt;
    const RowFields f{rows[0]};
    return FeedbackRecord{f.text("text"), optional_id<domain::LotId>(f.optional_text("suggested_lot_id")),
                          f.text("edited_by"), f.time("updated_at"), f.text("advice")};
}

void record_feedback_release(Tx& tx, const domain::TenderId& tender_id, bool shows_scores,
                             const domain::UserId& user_id, domain::TimePoint now) {
    tx.exec_prepared0(sql::feedback_release_insert, tender_id, shows_scores, user_id, micros(now));
}

std::optional<FeedbackRelease> find_feedback_release(Tx& tx, const domain::TenderId& tender_id) {
    const auto rows = tx.exec_prepared(sql::feedback_release_by_tender, tender_id);
    if (rows.empty()) return std::nullopt;
    return FeedbackRelease{rows[0][0].as<bool>(), time_from(rows[0][1])};
}

}  // namespace collabtender::persistence
