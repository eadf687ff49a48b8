#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/login_throttle.hpp"

namespace collabtender::api {

// RFC 3339 date-times on the wire: always written in UTC ("2026-12-01T12:00:00Z");
// read with any offset, optional fractional seconds.
std::string format_rfc3339(domain::TimePoint t);
std::optional<domain::TimePoint> parse_rfc3339(std::string_view text);

}  // namespace collabtender::api
