#include "app/evaluation/read_organisation_links.hpp"

namespace collabtender::app {

std::vector<persistence::OrganisationLink> read_organisation_links(persistence::Connection& db,
                                                                   const domain::Principal& panellist) {
    std::vector<persistence::OrganisationLink> out;
    db.transact([&](persistence::Tx& tx) { out = persistence::organisation_links(tx, panellist.user_id); });
    return out;
}

}  // namespace collabtender::app
