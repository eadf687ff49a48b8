#include "app/organisations/create_organisation.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"

namespace collabtender::app {

persistence::OrganisationRecord create_organisation(persistence::Connection& db, const domain::Principal& admin,
                                                    const domain::NewOrganisation& organisation, domain::TimePoint now) {
    std::optional<persistence::OrganisationRecord> created;
    db.transact([&](persistence::Tx& tx) {
        created = persistence::find_organisation(tx, persistence::insert_organisation(tx, organisation));
        append_audit(tx, admin, now,
                     {std::nullopt, "organisation.create", "organisation", created->id, nullptr,
                      boost::json::object{{"kind", domain::to_string(created->kind)}}});
    });
    return *created;
}

}  // namespace collabtender::app
