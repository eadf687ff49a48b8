#include "app/organisations/find_organisations.hpp"

namespace collabtender::app {

OrganisationsFound find_organisations(persistence::Connection& db, const domain::Principal& searcher,
                                      const FindOrganisations& query) {
    constexpr std::size_t shown = 20;
    OrganisationsFound found;
    db.transact([&](persistence::Tx& tx) {
        // One more than shown: whether there are more is all a searcher needs to know.
        // A provider looking for partners is not shown its own organisation; an admin
        // choosing where to invite someone is.
        const std::string except = searcher.role == domain::Role::admin ? "00000000-0000-0000-0000-000000000000"
                                                                        : searcher.organisation_id.str();
        found.items = persistence::search_organisations(tx, query.text, query.kind, except, shown + 1);
    });
    found.more = found.items.size() > shown;
    if (found.more) found.items.resize(shown);
    return found;
}

}  // namespace collabtender::app
