#pragma once

#include <string_view>

#include <boost/json/value.hpp>

namespace collabtender::persistence {

// JSON the service stored itself. A request body may nest 32 deep (Boost.JSON's
// default); stored documents wrap such content in a few more levels (a draft
// holds each section's content), so they are read with room to spare.
boost::json::value parse_stored_json(std::string_view json);

}  // namespace collabtender::persistence
