#include "api/organisations/organisation_json.hpp"

#include <boost/json.hpp>

#include "api/json_values.hpp"

namespace collabtender::api {

boost::json::object organisation_json(const persistence::OrganisationRecord& organisation) {
    return {
        {"id", organisation.id},
        {"name", organisation.name},
        {"kind", domain::to_string(organisation.kind)},
        {"charity_number", nullable(organisation.charity_number)},
        {"company_number", nullable(organisation.company_number)},
        {"care_inspectorate_number", nullable(organisation.care_inspectorate_number)},
        {"postal_address", nullable(organisation.postal_address)},
        {"legal_form", organisation.legal_form ? boost::json::value(domain::to_string(*organisation.legal_form))
                                               : boost::json::value(nullptr)},
        {"status", organisation.closed ? "closed" : "active"},
        {"closed_at", nullable(organisation.closed_at)},
        {"closure_reason", nullable(organisation.closure_reason)},
        {"merged_into", organisation.merged_into
                            ? boost::json::value(boost::json::object{{"id", organisation.merged_into->id},
                                                                     {"name", organisation.merged_into->name}})
                            : boost::json::value(nullptr)},
    };
}

}  // namespace collabtender::api
