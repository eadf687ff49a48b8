#include "app/pin/read_interests.hpp"

#include "app/tenders/tender_access.hpp"

namespace collabtender::app {

std::vector<persistence::InterestRecord> read_interests(persistence::Connection& db, const domain::Principal& reader,
                                                        const domain::TenderId& tender_id) {
    std::vector<persistence::InterestRecord> interests;
    db.transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, tender_id, reader);
        interests = persistence::list_interests(tx, tender.id, participation_scope(reader, tender));
    });
    return interests;
}

}  // namespace collabtender::app
