#include "app/evaluation/save_organisation_links.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "domain/refusal.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::app {

std::vector<persistence::OrganisationLink> save_organisation_links(persistence::Connection& db,
                                                                   const domain::Principal& panellist,
                                                                   const SaveOrganisationLinks& command,
                                                                   domain::TimePoint now) {
    const auto& links = command.links;
    std::vector<persistence::OrganisationLink> saved;
    db.transact([&](persistence::Tx& tx) {
        domain::Violations unknown;
        for (std::size_t i = 0; i < links.size(); ++i)
            if (const auto& id = links[i].organisation_id;
                id && (!persistence::is_uuid(*id) || !persistence::find_organisation(tx, *id)))
                unknown.push_back({"/links/" + std::to_string(i) + "/organisation_id", "unknown_organisation",
                                   "is not an organisation here"});
        domain::refuse_if(unknown);
        persistence::replace_organisation_links(tx, panellist.user_id, links);
        saved = persistence::organisation_links(tx, panellist.user_id);
        append_audit(tx, panellist, now,
                     {std::nullopt, "panellist.links", "user", panellist.user_id, nullptr,
                      boost::json::object{{"links", saved.size()}}});
    });
    return saved;
}

}  // namespace collabtender::app
