#pragma once

// Panellists' recorded links to organisations, and the conflicts they pre-flag, as answers carry them.
#include <optional>
#include <vector>

#include <boost/json/array.hpp>
#include <boost/json/value.hpp>

#include "app/evaluation/conflict_links.hpp"

namespace collabtender::api {

// [{"organisation_id", "organisation", "registered", "organisation_kind", "kind", "note"}]
boost::json::array links_json(const std::vector<persistence::OrganisationLink>& links);

// {"links", "cleared", "clearance_reason", "cleared_at", "cleared_by": {"id",
// "display_name"}}; null when there is no pre-flag.
boost::json::value pre_flag_json(const std::optional<app::PreFlag>& flag);

}  // namespace collabtender::api
