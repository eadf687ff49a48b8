#include "app/awards/read_awards.hpp"

#include "app/tenders/tender_access.hpp"

namespace collabtender::app {

std::vector<persistence::AwardDecision> read_awards(persistence::Connection& db, const domain::Principal& reader,
                                                    const domain::TenderId& tender_id) {
    std::vector<persistence::AwardDecision> decisions;
    db.transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, tender_id, reader);
        require_manages_tender(reader, tender);
        decisions = persistence::award_decisions(tx, tender.id);
    });
    return decisions;
}

}  // namespace collabtender::app
