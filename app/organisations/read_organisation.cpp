#include "app/organisations/read_organisation.hpp"

#include "domain/refusal.hpp"

namespace collabtender::app {

persistence::OrganisationRecord read_organisation(persistence::Connection& db, const domain::Principal& reader,
                                                  const domain::OrganisationId& organisation_id) {
    domain::require_sees_organisation(reader, organisation_id);
    std::optional<persistence::OrganisationRecord> organisation;
    db.transact([&](persistence::Tx& tx) { organisation = persistence::find_organisation(tx, organisation_id); });
    if (!organisation) throw domain::Refusal{domain::RefusalCode::not_found, "No such organisation."};
    return *organisation;
}

}  // namespace collabtender::app
