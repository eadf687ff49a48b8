#pragma once

#include <optional>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "api/router.hpp"
#include "app/evaluation/gates.hpp"
#include "domain/bid.hpp"
#include "domain/criteria.hpp"
#include "domain/gates.hpp"
#include "persistence/bid_context_repository.hpp"
#include "persistence/bids_repository.hpp"
#include "persistence/consortia_repository.hpp"
#include "persistence/documents_repository.hpp"
#include "persistence/evaluation_repository.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::api {

// A bid with everything its rules look at: the consortium, the tender, and the
// criteria and gates that apply to its lot (the lot's own criteria, else the
// tender's; gates for every lot and for this one), in the order the draft's
// responses and declarations follow; and the documents the tender requires, with
// how many of the bid's uploads (of any visibility) meet each.
struct BidContext {
    persistence::BidRecord bid;
    persistence::ConsortiumRecord consortium;
    persistence::TenderRecord tender;
    std::vector<domain::Criterion> criteria;
    std::vector<domain::Gate> gates;
    std::vector<persistence::RequiredDocument> required_documents;
    std::vector<int> required_uploads;  // per required document
    persistence::LotRecord lot;
    std::vector<persistence::Reconfirmation> reconfirmations;  // oldest first
    // The stage-1 gate results, once bidders have heard them (domain::stage1_results_released).
    std::vector<persistence::GateResultRecord> stage1_gate_results;
    // Every document of the bid (of any visibility) and its sign-offs, as they were read.
    std::vector<persistence::DocumentRecord> documents;
    std::vector<persistence::SignOff> sign_offs;
};

// Loads a bid for a member of its consortium (lead or accepted), in one statement:
// 404 for anyone else, so another consortium cannot learn it exists. `lock` says
// which rows stay locked until the transaction ends.
BidContext member_bid(persistence::Tx& tx, const std::string& bid_id, const domain::Principal& principal,
                      persistence::BidLock lock = persistence::BidLock::none);

// The stage open for bids now: 409 submissions-closed when none is. Drafts,
// documents, sections and sign-offs change only while a stage is open.
int require_open_stage(const persistence::TenderRecord& tender, domain::TimePoint now);
// A bid out of the tender (a stage-1 gate failed, and its partners told) cannot
// change or be sent again: 409 excluded, naming the requirements it failed.
void require_in_tender(const BidContext& bid);
// require_open_stage and require_in_tender together, for a change to this bid.
int require_open_stage(const BidContext& bid, domain::TimePoint now);

using app::exclusion_reasons;
using app::failed_gates;
// {"stage": 1, "failed": [{"gate", "kind", "title", "reason"}]} once the partners
// have been told that a stage-1 gate failed; else null.
boost::json::value exclusion_json(const BidContext& bid);
// The same from a lot's gates and one bid's stage-1 results (null without a failure).
boost::json::value exclusion_json(const std::vector<domain::Gate>& gates,
                                  const std::vector<persistence::GateResultRecord>& stage1_results);

using domain::lot_gates;

// Where the bid stands for its partners: "draft" (nothing sent yet), "submitted",
// "withdrawn" (its last submission was), "reconfirmation_required" (the tender
// changed after it was sent), "excluded" (out of the tender: a stage-1 gate
// failed) or "lot_cancelled".
std::string bid_status(const persistence::LotRecord& lot, const std::vector<persistence::Reconfirmation>& reconfirmations,
                       bool out, bool sent, bool last_withdrawn);
// The bid's reconfirmations, each naming who resolved it; the lot's cancellation or null.
boost::json::array reconfirmations_json(const std::vector<persistence::Reconfirmation>& reconfirmations);
boost::json::value lot_cancellation_json(const persistence::LotRecord& lot);
// The bid's rows as domain/ rules read them: its requests to reconfirm, and its
// versions sent to one stage.
std::vector<domain::ReconfirmationRequest> reconfirmation_requests(
    const std::vector<persistence::Reconfirmation>& reconfirmations);
std::vector<domain::SentVersion> sent_versions(const std::vector<persistence::SubmissionRecord>& submissions, int stage);

// The draft as members see it, with word counts and submission receipts.
boost::json::object bid_json(const BidContext& context, const std::vector<persistence::SubmissionRecord>& submissions);
boost::json::object receipt_json(const persistence::SubmissionRecord& submission);

// What keeps the draft from being submitted: responses, declarations and the
// consortium's completeness, every problem at once.
domain::Violations submission_problems(const BidContext& context);
// The canonical content of a submission, whose serialisation the SHA-256 covers:
// members and shares, responses, declarations and every document's digest.
boost::json::object canonical_content(const BidContext& context, int stage, int version,
                                      const std::vector<persistence::DocumentRecord>& documents);

// The digest members sign off: the canonical content the draft would be submitted
// as to `stage` (so a stage-2 revision needs fresh sign-offs), without a version,
// with the documents read with the bid.
std::string draft_digest(const BidContext& context, int stage);
// The same with these documents (read again after a change to them).
std::string draft_digest(const BidContext& context, int stage, const std::vector<persistence::DocumentRecord>& documents);
// After the draft or its documents changed (`c` as they now are): sign-offs of an
// earlier draft are void, and each signing organisation hears so once.
void void_changed_sign_offs(persistence::Tx& tx, const BidContext& c, const Context& context);
// After the consortium's membership changed: the same for each of its bids.
void void_consortium_sign_offs(persistence::Tx& tx, const std::string& consortium_id, const Context& context);
// Each accepted member organisation without a sign-off of that digest among those
// read with the bid, at "/sign_offs/{organisation_id}".
domain::Violations missing_sign_offs(const BidContext& context, const std::string& digest);
// Everything between the bid and its submission to `stage`: what it lacks and
// whose sign-off of the draft as it stands is missing.
domain::Violations blocking_submission(const BidContext& context, int stage);

}  // namespace collabtender::api
