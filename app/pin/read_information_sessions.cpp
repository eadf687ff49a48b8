#include "app/pin/read_information_sessions.hpp"

#include <map>
#include <vector>

#include "app/tenders/tender_access.hpp"

namespace collabtender::app {

SessionList read_information_sessions(persistence::Connection& db, const std::optional<domain::Principal>& reader,
                                      const domain::TenderId& tender_id) {
    SessionList out;
    out.for_provider = reader && reader->role == domain::Role::provider;
    db.transact([&](persistence::Tx& tx) {
        out.sessions.clear();
        const auto tender = readable_tender(tx, tender_id, reader);
        for (auto& session : persistence::list_information_sessions(tx, tender.id))
            out.sessions.push_back({std::move(session), std::nullopt});
        if (!out.for_provider || out.sessions.empty()) return;
        // A provider's own booking of each, all read at once (its first, should it have several).
        std::vector<domain::InformationSessionId> ids;
        for (const auto& listed : out.sessions) ids.push_back(listed.session.id);
        std::map<std::string, persistence::BookingRecord> own;
        for (auto& booking : persistence::list_bookings(tx, ids, reader->organisation_id))
            own.try_emplace(booking.session_id, std::move(booking));
        for (auto& listed : out.sessions)
            if (const auto found = own.find(listed.session.id); found != own.end()) listed.own_booking = found->second;
    });
    return out;
}

}  // namespace collabtender::app
