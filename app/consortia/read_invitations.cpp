#include "app/consortia/read_invitations.hpp"

#include "persistence/bids_repository.hpp"

namespace collabtender::app {

std::vector<OpenInvitation> read_invitations(persistence::Connection& db, const domain::Principal& principal) {
    std::vector<OpenInvitation> out;
    db.transact([&](persistence::Tx& tx) {
        out.clear();
        for (auto& invitation : persistence::invitations_for(tx, principal.organisation_id)) {
            auto consortium = persistence::find_consortium(tx, invitation.consortium_id);
            std::vector<persistence::LotRecord> lots;
            for (const auto& bid : persistence::list_bids(tx, consortium->id))
                if (auto lot = persistence::find_lot(tx, bid.tender_id, bid.lot_id)) lots.push_back(std::move(*lot));
            out.push_back({std::move(invitation), std::move(*consortium), std::move(lots)});
        }
    });
    return out;
}

}  // namespace collabtender::app
