#pragma once

// Request bodies read into the partner register's commands (api/json_body.hpp's
// read_command). In app's namespace, where value_to finds them.
#include <boost/json/fwd.hpp>

#include "app/partners/save_partner_listing.hpp"

namespace collabtender::app {

// PUT …/lots/{lot_id}/partner-register/mine: {"offers", "localities" (optional),
// "roles", "contact_name", "contact_email"}.
SavePartnerListing tag_invoke(boost::json::value_to_tag<SavePartnerListing>, const boost::json::value& body);

}  // namespace collabtender::app
