#include "app/tenders/read_tenders.hpp"

namespace collabtender::app {

TenderList read_tenders(persistence::Connection& db, const std::optional<domain::Principal>& reader,
                        const ReadTenders& query) {
    persistence::TenderQuery wanted{query.status, std::nullopt, query.only_own, query.limit, query.offset};
    if (reader && reader->role == domain::Role::commissioner) wanted.owner_organisation_id = reader->organisation_id;
    if (query.only_own) domain::require_tender_owner(reader);

    TenderList out;
    db.transact([&](persistence::Tx& tx) {
        out.page = persistence::list_tenders(tx, wanted);
        std::vector<domain::TenderId> ids;
        for (const auto& tender : out.page.items) ids.push_back(tender.id);
        out.lots = persistence::lots_of_tenders(tx, ids);
        if (reader && reader->role == domain::Role::provider)
            out.interests = persistence::interest_lots(tx, ids, reader->organisation_id);
    });
    return out;
}

}  // namespace collabtender::app
