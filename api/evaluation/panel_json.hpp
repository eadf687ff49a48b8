#pragma once

#include <string>

#include <boost/json/object.hpp>

#include "persistence/evaluation_repository.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::api {

boost::json::object panel_json(const persistence::PanelRecord& panel);

// Which bid this is, for pages about one bid: "consortium": {"name"} and
// "lot": {"id", "number", "title"}, added to `out`.
void add_bid_identity(const std::string& consortium_name, const persistence::LotRecord& lot, boost::json::object& out);

}  // namespace collabtender::api
