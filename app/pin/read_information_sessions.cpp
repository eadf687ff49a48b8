#include "app/pin/read_information_sessions.hpp"

#include "app/tenders/tender_access.hpp"

namespace collabtender::app {

SessionList read_information_sessions(persistence::Connection& db, const std::optional<domain::Principal>& reader,
                                      const std::string& tender_id) {
    SessionList out;
    out.for_provider = reader && reader->role == domain::Role::provider;
    db.transact([&](persistence::Tx& tx) {
        out.sessions.clear();
        const auto tender = readable_tender(tx, tender_id, reader);
        for (auto& session : persistence::list_information_sessions(tx, tender.id)) {
            ListedSession listed{std::move(session), std::nullopt};
            if (out.for_provider) {
                auto own = persistence::list_bookings(tx, listed.session.id, reader->organisation_id);
                if (!own.empty()) listed.own_booking = std::move(own.front());
            }
            out.sessions.push_back(std::move(listed));
        }
    });
    return out;
}

}  // namespace collabtender::app
