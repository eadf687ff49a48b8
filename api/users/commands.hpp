#pragma once

// Request bodies read into the users' commands (api/json_body.hpp's
// read_command). In app's namespace, where value_to finds them.
#include <boost/json/fwd.hpp>

#include "app/accounts/change_person.hpp"

namespace collabtender::app {

// PATCH /api/v1/users/{user_id}: {"authorised_signatory", "organisation_admin"}, either or both.
ChangePerson tag_invoke(boost::json::value_to_tag<ChangePerson>, const boost::json::value& body);

}  // namespace collabtender::app
