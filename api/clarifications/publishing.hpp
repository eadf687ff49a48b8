#pragma once

#include <set>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "api/router.hpp"
#include "persistence/bids_repository.hpp"
#include "persistence/clarifications_repository.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::api {

// Reads the answer-or-publish body: `published_question` (the anonymised wording,
// by default the question as asked) and an optional `lot_correction`
// {"lot_id": ..., "changes": {lot fields}}: the only way a lot changes once stage 1
// has opened, so that every provider learns of it; and `changes_tender_documents`,
// set when the answer itself changes what bidders answered (the question's lot, or
// every lot when it was about the whole tender).
struct Publication {
    std::optional<std::string> published_question;
    std::optional<std::string> correction_lot_id;
    const boost::json::object* correction_changes = nullptr;
    bool changes_tender_documents = false;
};
Publication read_publication(FieldReader& fields);

// 409 clarifications-closed once the tender takes no more answers.
void require_answers_allowed(const persistence::TenderRecord& tender);

// The tender (row-locked, the caller owning it, open for answers) and the
// clarification named by the request, as the answer and publish actions need them.
struct Answering {
    persistence::TenderRecord tender;
    persistence::ClarificationRecord clarification;
};
Answering load_for_answer(persistence::Tx& tx, const Request& request, const Context& context);

// The lot a publication corrects, for the audit trail; null when none.
boost::json::value corrected_lot(const Publication& publication);

// The lots whose bidders answered something a publication changes: the lot it
// corrects, and with `changes_tender_documents` the question's lot (every lot
// for a question about the whole tender).
std::set<std::string> changed_lots(persistence::Tx& tx, const persistence::TenderRecord& tender,
                                   const persistence::ClarificationRecord& clarification, bool changes_tender_documents,
                                   const std::optional<std::string>& corrected);

// The bids submitted to the stage taking bids, for the given lots, that a change
// to them would require reconfirming; too late when there are some and the
// stage's deadline has passed (the partnerships could not answer).
struct Reconfirming {
    std::optional<int> stage;  // none: no stage takes bids, nothing to reconfirm
    std::optional<domain::TimePoint> deadline;
    std::vector<persistence::StandingBid> bids;
    bool too_late = false;
};
Reconfirming reconfirming(persistence::Tx& tx, const persistence::TenderRecord& tender, const std::set<std::string>& lots,
                          domain::TimePoint now);
inline constexpr std::string_view reconfirmation_too_late_detail =
    "Bids already submitted would have to be reconfirmed, but the deadline has passed. "
    "Extend the deadline first, or publish this after closing the stage.";

// Publishes the clarification, applying its lot correction in the same
// transaction, and tells everyone following the tender. Bids already submitted
// to the open stage for a lot it changes must be reconfirmed: their partnerships
// are told. Returns how many bids must.
int publish(persistence::Tx& tx, const persistence::TenderRecord& tender,
             const persistence::ClarificationRecord& clarification, const Publication& publication,
             const Context& context);

}  // namespace collabtender::api
