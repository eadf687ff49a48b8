#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "api/http.hpp"

namespace collabtender::api {

// {"recovery_codes": [...]}: shown once, for the person to keep somewhere safe.
boost::json::object recovery_codes_json(const std::vector<std::string>& codes);

// The {"one_time_code"} of a request body; 422 when it is missing.
std::string read_one_time_code(const Request& request);

}  // namespace collabtender::api
