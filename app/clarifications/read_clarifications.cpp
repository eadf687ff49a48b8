#include "app/clarifications/read_clarifications.hpp"

#include "app/tenders/tender_access.hpp"

namespace collabtender::app {

std::vector<SeenClarification> read_clarifications(persistence::Connection& db,
                                                   const std::optional<domain::Principal>& reader,
                                                   const domain::TenderId& tender_id) {
    std::vector<SeenClarification> out;
    db.transact([&](persistence::Tx& tx) {
        out.clear();
        const auto tender = readable_tender(tx, tender_id, reader);
        const bool owner = may_manage_tender(reader, tender);
        std::optional<domain::OrganisationId> asker;
        if (reader && reader->role == domain::Role::provider) asker = reader->organisation_id;
        for (auto& c : persistence::list_clarifications(tx, tender.id, owner, asker)) {
            const auto view = domain::clarification_view(owner, asker, c.asked_by_organisation);
            out.push_back({std::move(c), view});
        }
    });
    return out;
}

}  // namespace collabtender::app
