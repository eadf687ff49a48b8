#pragma once

// What publishing a clarification involves, shared by answering (with "publish")
// and publishing an answer given privately.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/lot.hpp"
#include "domain/violation.hpp"
#include "persistence/bids_repository.hpp"
#include "persistence/clarifications_repository.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

// The only way a lot changes once stage 1 has opened, so that every provider
// learns of it.
struct LotCorrection {
    domain::LotId lot_id;
    domain::LotPatch changes;
    // What was wrong in the changes as sent (types, unknown fields): reported with
    // the lot's own rules once the lot is found.
    domain::Violations unreadable;
    boost::json::object as_sent;  // kept with the clarification as the client wrote it
};

// What a publication says beside the answer: the anonymised wording (by default
// the question as asked), a lot correction, and whether the answer changes what
// bidders answered (the question's lot, or every lot when it was about the whole
// tender).
struct Publication {
    std::optional<std::string> published_question;
    std::optional<LotCorrection> lot_correction;
    bool changes_tender_documents = false;

    bool says_anything() const { return published_question || lot_correction || changes_tender_documents; }
};

// A clarification answered or published, and how many submitted bids its
// publication requires reconfirming.
struct ClarificationChange {
    persistence::ClarificationRecord clarification;
    int reconfirmations_required = 0;
};

// The tender (row-locked, the caller managing it, open for answers) and the
// clarification (row-locked) an answer or a publication is about.
struct Answering {
    persistence::TenderRecord tender;
    persistence::ClarificationRecord clarification;
};
Answering load_for_answer(persistence::Tx& tx, const domain::Principal& commissioner, const domain::TenderId& tender_id,
                          const domain::ClarificationId& clarification_id);

// The lots a publication changes (domain::changed_lots); the tender's lots are
// read only when it changes them all, and then kept in `every`.
struct ChangedLots {
    std::set<std::string> ids;
    std::vector<persistence::LotRecord> every;
};
ChangedLots changed_lots(persistence::Tx& tx, const persistence::TenderRecord& tender,
                         const persistence::ClarificationRecord& clarification, bool changes_tender_documents,
                         const std::optional<std::string>& corrected_lot);

// The bids submitted to the stage taking bids, for the given lots, that a change
// to them would require reconfirming, and whether that is too late.
struct Reconfirming {
    std::optional<int> stage;  // none: no stage takes bids, nothing to reconfirm
    std::optional<domain::TimePoint> deadline;
    std::vector<persistence::StandingBid> bids;
    bool too_late = false;
};
Reconfirming reconfirming(persistence::Tx& tx, const persistence::TenderRecord& tender, const std::set<std::string>& lots,
                          domain::TimePoint now);

// Publishes the clarification, applying its lot correction in the same
// transaction, and tells everyone following the tender. Bids already submitted
// to the open stage for a lot it changes must be reconfirmed (refused as
// reconfirmation_too_late after the deadline): their partnerships are told.
// Returns how many bids must.
int publish(persistence::Tx& tx, const domain::Principal& commissioner, domain::TimePoint now,
            const persistence::TenderRecord& tender, const persistence::ClarificationRecord& clarification,
            const Publication& publication);

// The lot a publication corrects, for the audit trail; null when none.
boost::json::value corrected_lot(const Publication& publication);

}  // namespace collabtender::app
