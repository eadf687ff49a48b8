#include "app/organisations/create_organisation.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

persistence::OrganisationRecord create_organisation(persistence::Connection& db,
                                                    const std::optional<domain::Principal>& admin,
                                                    const domain::NewOrganisation& organisation,
                                                    domain::TimePoint now) {
    domain::refuse_if(domain::validate(organisation));
    const auto normalised = domain::with_register_numbers(organisation);
    std::optional<persistence::OrganisationRecord> created;
    db.transact([&](persistence::Tx& tx) {
        created = persistence::find_organisation(tx, persistence::insert_organisation(tx, normalised));
        append_audit(tx, admin, now,
                     {std::nullopt, "organisation.create", "organisation", created->id, nullptr,
                      boost::json::object{{"kind", domain::to_string(created->kind)}}});
    });
    return *created;
}

}  // namespace collabtender::app
