#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "app/clarifications/publication.hpp"
#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"

namespace collabtender::app {

// The publication a commissioner has in mind: whether it changes the tender
// documents, and the lot it would correct.
struct PreviewReconfirmations {
    domain::TenderId tender_id;
    domain::ClarificationId clarification_id;
    bool changes_tender_documents = false;
    std::optional<domain::LotId> corrected_lot_id;
};

struct LotReconfirmations {
    persistence::LotRecord lot;
    std::size_t bids = 0;
};

struct ReconfirmationPreview {
    domain::ClarificationId clarification_id;
    Reconfirming required;
    std::vector<LotReconfirmations> lots;  // each lot it changes, by number
};

// For the tender's commissioners, before publishing: how many bids already sent
// the publication would require reconfirming, per lot, and whether publishing
// would be refused because the stage's deadline has passed. Reads only; the
// publication itself decides again. Refuses as publishing does before it
// changes anything, and a corrected lot not of the tender (invalid_query).
ReconfirmationPreview preview_reconfirmations(persistence::Connection& db, const domain::Principal& commissioner,
                                              const PreviewReconfirmations& command, domain::TimePoint now);

}  // namespace collabtender::app
