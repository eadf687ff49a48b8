#pragma once

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/gate_assessment.hpp"
#include "domain/ids.hpp"
#include "domain/panel.hpp"
#include "domain/scoring.hpp"
#include "persistence/audit_repository.hpp"
#include "persistence/database.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::persistence {

struct PanelMemberRecord {
    domain::PanelMember member;
    std::string display_name;
};

struct PanelRecord {
    domain::PanelId id;
    domain::TenderId tender_id;
    std::optional<domain::LotId> lot_id;  // empty: the whole tender
    std::string name;
    int version = 1;
    std::vector<PanelMemberRecord> members;
    std::optional<domain::TimePoint> scoring_due_at;  // when scores should be in

    const PanelMemberRecord* member(const domain::UserId& user_id) const;
};

domain::PanelId insert_panel(Tx& tx, const domain::TenderId& tender_id, const std::optional<domain::LotId>& lot_id,
                             const std::string& name, std::optional<domain::TimePoint> scoring_due_at,
                             domain::TimePoint now);
// The new version, or nothing when `expected_version` is stale.
std::optional<int> update_panel(Tx& tx, const domain::PanelId& id, int expected_version, const std::string& name,
                                std::optional<domain::TimePoint> scoring_due_at);
void replace_panel_members(Tx& tx, const domain::PanelId& panel_id, const std::vector<domain::PanelMember>& members);
// Of these user ids, those of panellists' accounts, in one statement.
std::set<std::string> panellists_among(Tx& tx, const std::vector<domain::UserId>& user_ids);
std::optional<PanelRecord> find_panel(Tx& tx, const domain::PanelId& id);
std::vector<PanelRecord> list_panels(Tx& tx, const domain::TenderId& tender_id);
std::vector<PanelRecord> panels_of_member(Tx& tx, const domain::UserId& user_id);
// Every panel of several tenders, by tender, each tender's in list_panels' order.
std::map<domain::TenderId, std::vector<PanelRecord>> panels_of_tenders(Tx& tx,
                                                                       const std::vector<domain::TenderId>& tender_ids);
// The lot's own panel, else the tender-wide one.
std::optional<PanelRecord> panel_for_lot(Tx& tx, const domain::TenderId& tender_id, const domain::LotId& lot_id);

// What saving or submitting a panellist's scores needs, read in one statement that locks
// the bid row: the bid's tender, whether the caller sits on the panel for its lot,
// how many criteria its lot is scored on, and for each stage (1, 2) the facts of
// that stage. Nothing when there is no such bid.
struct StageScoringFacts {
    bool standing = false;                             // a standing submission
    std::optional<bool> conflicted;                    // the caller's declaration; none: not made
    bool failed_gate = false;                          // a gate of the stage failed
    std::optional<domain::TimePoint> submitted_at;     // the caller's scoresheet
    std::map<int, domain::CriterionScore> scores;      // the caller's, by criterion
};
struct ScoresheetContext {
    domain::TenderId tender_id;
    domain::OrganisationId tender_organisation_id;
    domain::LotId lot_id;
    domain::TenderStatus status;
    std::vector<domain::ScalePoint> scale;
    bool seated = false;
    int criteria = 0;
    StageScoringFacts stages[2];
};
// What saving or submitting a panellist's scores on a bid looks at, read once the
// panellist's scoresheet on the bid is held for the rest of the transaction: a
// save and a submission of the same scoresheet take turns, each seeing what the
// other committed (two statements: the hold, then the read).
std::optional<ScoresheetContext> scoresheet_context(Tx& tx, const domain::BidId& bid_id, const domain::UserId& user_id);

struct PanellistRecord {
    domain::UserId id;
    std::string display_name;
    std::string organisation_name;
};
std::vector<PanellistRecord> list_panellists(Tx& tx);

struct ConflictDeclaration {
    domain::UserId user_id;
    bool conflicted = false;
    std::optional<std::string> description;
    domain::TimePoint declared_at;
};
void save_declaration(Tx& tx, const domain::BidId& bid_id, int stage, const ConflictDeclaration& declaration);
std::vector<ConflictDeclaration> declarations(Tx& tx, const domain::BidId& bid_id, int stage);

struct GateResultRecord {
    int gate = 0;
    domain::GateResult result;
    std::optional<domain::UserId> decided_by;  // empty: decided from the declaration
    domain::TimePoint decided_at;
};
void save_gate_result(Tx& tx, const domain::BidId& bid_id, int stage, const GateResultRecord& record);
// Many bids' gate results for a stage at once, in one statement.
struct BidGateResult {
    domain::BidId bid_id;
    GateResultRecord record;
};
void save_gate_results(Tx& tx, int stage, const std::vector<BidGateResult>& results);
// The stage-1 results of a tender's bids that a person decided, by bid and gate,
// each with the declaration it judged (as JSON; none once that submission no
// longer stands): stage 2 keeps a judgement while the declaration is unchanged.
struct Judgement {
    GateResultRecord record;
    std::optional<std::string> declared_json;
};
std::map<domain::BidId, std::map<int, Judgement>> stage1_judgements(Tx& tx, const domain::TenderId& tender_id);
// By gate position.
std::vector<GateResultRecord> gate_results(Tx& tx, const domain::BidId& bid_id, int stage);
// Whether the gates' results in the stage exclude the bid (domain::excluded).
bool excluded_at(Tx& tx, const domain::BidId& bid_id, int stage);

// Who may read a bid as its evaluator, and the submission they would read, in
// one statement: the bid's tender, whether the caller sits on the panel for its
// lot, their declaration and the standing submission for the stage (the one
// asked for, else the latest closed; 0 before stage 1 closes), and the
// partnership's name and accepted members. Nothing when there is no such bid.
struct EvaluatedSubmission {
    domain::SubmissionId id;
    int version = 0;
    std::string sha256;
    domain::TimePoint submitted_at;
    std::string content_json;
};
struct PartnerSummary {
    std::string organisation_name;
    std::string role;
    int share_bp = 0;
};
struct EvaluationAccess {
    domain::TenderId tender_id;
    domain::OrganisationId tender_organisation_id;
    domain::LotId lot_id;
    domain::TenderStatus status;
    std::vector<domain::ScalePoint> scale;
    bool seated = false;
    int stage = 0;
    std::optional<bool> conflicted;
    std::optional<EvaluatedSubmission> submission;
    std::string consortium_name;
    std::vector<PartnerSummary> members;
};
std::optional<EvaluationAccess> evaluation_access(Tx& tx, const domain::BidId& bid_id, const domain::UserId& user_id,
                                                  std::optional<int> stage);

// What a bid is scored against, in one statement: its lot's criteria (the lot's
// own, else the tender's), the gates for every lot and for this one, in order,
// and the gates' results in the stage.
struct ScoringFrame {
    std::vector<domain::Criterion> criteria;
    std::vector<domain::Gate> gates;
    std::vector<GateResultRecord> results;
};
ScoringFrame scoring_frame(Tx& tx, const domain::TenderId& tender_id, const domain::LotId& lot_id,
                           const domain::BidId& bid_id, int stage);

// What each lot of a tender is evaluated with, by lot id, in one statement: its
// criteria and gates as ScoringFrame has them, its panel, and how many documents
// bids must attach.
struct LotFrame {
    std::vector<domain::Criterion> criteria;
    std::vector<domain::Gate> gates;
    std::optional<PanelRecord> panel;
    int required_documents = 0;
};
std::map<domain::LotId, LotFrame> lot_frames(Tx& tx, const domain::TenderId& tender_id);

struct ScoreRecord {
    domain::UserId user_id;
    int criterion = 0;
    domain::CriterionScore score;
};
// Saves a draft score and appends its audit event in one statement, sent with the
// transaction's COMMIT (Tx::exec_prepared_at_commit): the commonest write, which a
// panellist's client makes as they type.
void save_score(Tx& tx, const domain::BidId& bid_id, int stage, const ScoreRecord& record, domain::TimePoint now,
                const AuditEvent& audit);
// By panellist, then criterion.
std::vector<ScoreRecord> scores(Tx& tx, const domain::BidId& bid_id, int stage);

struct ScoresheetSubmission {
    domain::UserId user_id;
    domain::TimePoint submitted_at;
};
void submit_scoresheet(Tx& tx, const domain::BidId& bid_id, int stage, const domain::UserId& user_id,
                       domain::TimePoint now);
std::vector<ScoresheetSubmission> scoresheet_submissions(Tx& tx, const domain::BidId& bid_id, int stage);

struct ConsensusRecord {
    int criterion = 0;
    int score = 0;
    std::string rationale;
    domain::UserId moderated_by;
    domain::TimePoint moderated_at;
};
void save_consensus(Tx& tx, const domain::BidId& bid_id, int stage, const ConsensusRecord& record);
std::vector<ConsensusRecord> consensus(Tx& tx, const domain::BidId& bid_id, int stage);

// What the panel recorded on one bid in one stage.
struct BidEvaluationRows {
    std::vector<ConflictDeclaration> declarations;
    std::vector<ScoresheetSubmission> submissions;
    std::vector<ScoreRecord> scores;
    std::vector<ConsensusRecord> consensus;
};
// One bid's, in one statement.
BidEvaluationRows bid_evaluation_rows(Tx& tx, const domain::BidId& bid_id, int stage);
// The same for every bid of a lot, by bid id, in one statement whatever the number
// of bids: a ranking reads a whole lot. Without `with_scores`, declarations and
// scoresheets only.
std::map<domain::BidId, BidEvaluationRows> lot_evaluation_rows(Tx& tx, const domain::LotId& lot_id, int stage,
                                                               bool with_scores = true);
// The gate results of every bid of a lot in stage 1 ([0]) and stage 2 ([1]), in one query.
std::array<std::map<domain::BidId, std::vector<GateResultRecord>>, 2> lot_gate_results_by_stage(
    Tx& tx, const domain::LotId& lot_id);
// The same two for every bid of a tender.
std::map<domain::BidId, BidEvaluationRows> tender_evaluation_rows(Tx& tx, const domain::TenderId& tender_id, int stage);
// The same for the bids of the lots a panel evaluates.
std::map<domain::BidId, BidEvaluationRows> panel_evaluation_rows(Tx& tx, const domain::PanelId& panel_id, int stage,
                                                                 bool with_scores = true);
std::map<domain::BidId, std::vector<GateResultRecord>> tender_gate_results(Tx& tx, const domain::TenderId& tender_id,
                                                                           int stage);
// The same for every bid of several tenders, in one statement.
std::map<domain::BidId, std::vector<GateResultRecord>> gate_results_of_tenders(
    Tx& tx, const std::vector<domain::TenderId>& tender_ids, int stage);
// The same for several tenders, each in its own stage, in one statement.
std::map<domain::BidId, std::vector<GateResultRecord>> gate_results_in_stages(Tx& tx,
                                                                              const std::vector<TenderStage>& stages);
// A panel's work in one stage, for reading several panels' at once.
struct PanelStage {
    domain::PanelId panel_id;
    int stage = 1;
};
// Declarations and scoresheets (no scores) on the bids of the lots several panels
// evaluate, each panel in its own stage, by bid id, in one statement.
std::map<domain::BidId, BidEvaluationRows> evaluation_rows_in_stages(Tx& tx, const std::vector<PanelStage>& stages);

struct FeedbackRecord {
    std::string text;
    std::optional<domain::LotId> suggested_lot_id;
    std::string edited_by;
    domain::TimePoint updated_at;
    std::string advice_json = "{}";  // the commissioner's edit per criterion: {"0": "text", ...}
};
void save_feedback(Tx& tx, const domain::BidId& bid_id, const FeedbackRecord& feedback);
std::optional<FeedbackRecord> find_feedback(Tx& tx, const domain::BidId& bid_id);

struct FeedbackRelease {
    bool shows_scores = false;
    domain::TimePoint released_at;
};
void record_feedback_release(Tx& tx, const domain::TenderId& tender_id, bool shows_scores,
                             const domain::UserId& user_id, domain::TimePoint now);
std::optional<FeedbackRelease> find_feedback_release(Tx& tx, const domain::TenderId& tender_id);

}  // namespace collabtender::persistence
