#include "api/registrations/registration_json.hpp"

#include <boost/json.hpp>

#include "api/json_values.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {

boost::json::object registration_json(const persistence::RegistrationRecord& r) {
    const auto& organisation = r.registration.organisation;
    boost::json::array duplicates;
    for (const auto& d : r.possible_duplicates)
        duplicates.push_back(boost::json::object{
            {"organisation_id", d.organisation_id}, {"name", d.name}, {"reasons", strings(d.reasons)}});
    boost::json::value decided_by = nullptr;
    if (r.decided_by)
        decided_by = boost::json::object{{"id", *r.decided_by}, {"display_name", r.decided_by_name.value_or("")}};
    boost::json::value organisation_id = nullptr;
    if (r.organisation_id) organisation_id = r.organisation_id->str();
    return {{"id", r.id},
            {"name", organisation.name},
            {"legal_form", organisation.legal_form.value_or("")},
            {"charity_number", nullable(organisation.charity_number)},
            {"company_number", nullable(organisation.company_number)},
            {"care_inspectorate_number", nullable(organisation.care_inspectorate_number)},
            {"postal_address", nullable(organisation.postal_address)},
            {"contact_name", r.registration.contact_name},
            {"contact_email", r.registration.contact_email},
            {"status", domain::to_string(r.status)},
            {"submitted_at", domain::format_rfc3339(r.submitted_at)},
            {"confirmed_at", nullable(r.confirmed_at)},
            {"decided_at", nullable(r.decided_at)},
            {"decided_by", decided_by},
            {"refusal_reason", nullable(r.refusal_reason)},
            {"organisation_id", organisation_id},
            {"possible_duplicates", duplicates}};
}

}  // namespace collabtender::api
