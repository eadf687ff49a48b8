#pragma once

// Request bodies read into the organisations' commands (api/json_body.hpp's
// read_command). In the namespace of the type read, where value_to finds them.
#include <boost/json/fwd.hpp>

#include "app/organisations/organisation_details.hpp"
#include "domain/accounts.hpp"
#include "domain/registration.hpp"

namespace collabtender::domain {

// POST /api/v1/organisations: {"name", "kind", "charity_number", "company_number",
// "care_inspectorate_number", "postal_address", "legal_form"}, the last five optional.
NewOrganisation tag_invoke(boost::json::value_to_tag<NewOrganisation>, const boost::json::value& body);

// POST /api/v1/registrations: the organisation's fields as NewOrganisation's but
// "kind" (a provider), with "legal_form" required, and "contact_name", "contact_email".
NewRegistration tag_invoke(boost::json::value_to_tag<NewRegistration>, const boost::json::value& body);

}  // namespace collabtender::domain

namespace collabtender::app {

// POST /api/v1/organisations/{organisation_id}/closure: {"reason", "merged_into"},
// the last optional.
CloseOrganisation tag_invoke(boost::json::value_to_tag<CloseOrganisation>, const boost::json::value& body);

}  // namespace collabtender::app
