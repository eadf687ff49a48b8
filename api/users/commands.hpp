#pragma once

// Request bodies read into the users' commands (api/json_body.hpp's
// read_command). In app's namespace, where value_to finds them.
#include <boost/json/fwd.hpp>

#include "app/accounts/name_signatory.hpp"

namespace collabtender::app {

// PATCH /api/v1/users/{user_id}: {"authorised_signatory": true|false}.
NameSignatory tag_invoke(boost::json::value_to_tag<NameSignatory>, const boost::json::value& body);

}  // namespace collabtender::app
