#pragma once

// Conflicts pre-flagged from panellists' recorded links to organisations.
#include <string>

#include <boost/json/array.hpp>
#include <boost/json/value.hpp>

#include "api/router.hpp"
#include "persistence/database.hpp"

namespace collabtender::api {

// All the panellist's recorded links, registered organisations and others: for
// them, and for the commissioners of their panels.
boost::json::array organisation_links_json(persistence::Tx& tx, const std::string& user_id);

// The panellist's links to the bid's partners and whether the commissioner has
// cleared them; null when there are none.
boost::json::value pre_flag_json(persistence::Tx& tx, const std::string& bid_id, const std::string& user_id);
// 409 conflict-pre-flagged when the panellist is linked to a partner of the bid
// and the commissioner has not cleared it: they cannot declare "no conflict".
void refuse_pre_flagged(persistence::Tx& tx, const std::string& bid_id, const std::string& user_id);

}  // namespace collabtender::api
