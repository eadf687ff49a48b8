#pragma once

// Request bodies read into the organisations' commands (api/json_body.hpp's
// read_command). In the namespace of the type read, where value_to finds them.
#include <boost/json/fwd.hpp>

#include "domain/accounts.hpp"

namespace collabtender::domain {

// POST /api/v1/organisations: {"name", "kind", "charity_number", "company_number",
// "care_inspectorate_number", "postal_address"}, the last four optional.
NewOrganisation tag_invoke(boost::json::value_to_tag<NewOrganisation>, const boost::json::value& body);

}  // namespace collabtender::domain
