#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/time_point.hpp"

namespace collabtender::domain {

// RFC 3339 date-times on the wire: always written in UTC ("2026-12-01T12:00:00Z",
// a fraction to the microsecond when there is one); read with any offset and
// optional fractional seconds, in the years 1900 to 2200.
std::string format_rfc3339(TimePoint t);
std::optional<TimePoint> parse_rfc3339(std::string_view text);

// A time as people read it in Scotland, e.g. "3 March 2027, 12:00 (GMT)" (BST in summer).
std::string readable_time(TimePoint at);
// Its date alone, as a letter is dated: "3 March 2027".
std::string readable_date(TimePoint at);

}  // namespace collabtender::domain
