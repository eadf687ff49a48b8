#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/array.hpp>
#include <boost/json/value.hpp>

#include "persistence/json_ids.hpp"
#include "app/sha256.hpp"
#include "domain/login_throttle.hpp"
#include "domain/overloaded.hpp"

namespace collabtender::api {

// Small writers shared by the JSON mappings: absent values become null, times
// RFC 3339, lists of text arrays.
boost::json::value nullable(const std::optional<std::string>& text);
boost::json::value nullable(const std::optional<int>& number);
boost::json::value nullable(const std::optional<domain::TimePoint>& time);
boost::json::array strings(const std::vector<std::string>& texts);

using app::sha256_hex;

using domain::Overloaded;

}  // namespace collabtender::api
