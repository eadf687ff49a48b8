#include "app/consortia/read_invitations.hpp"

#include <algorithm>

namespace collabtender::app {

std::vector<OpenInvitation> read_invitations(persistence::Connection& db, const domain::Principal& principal) {
    std::vector<OpenInvitation> out;
    db.transact([&](persistence::Tx& tx) {
        out.clear();
        auto invitations = persistence::invitations_for(tx, principal.organisation_id);
        auto consortia = persistence::consortia_inviting(tx, principal.organisation_id);
        std::vector<domain::ConsortiumId> ids;
        for (const auto& c : consortia) ids.push_back(c.id);
        auto lots = persistence::bid_lots_of_consortia(tx, ids);
        for (auto& invitation : invitations) {
            const auto consortium = std::find_if(consortia.begin(), consortia.end(),
                                                 [&](const auto& c) { return c.id == invitation.consortium_id; });
            if (consortium == consortia.end()) continue;  // answered between the two reads
            auto bid_lots = std::move(lots[consortium->id]);
            out.push_back({std::move(invitation), *consortium, std::move(bid_lots)});
        }
    });
    return out;
}

}  // namespace collabtender::app
