#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/violation.hpp"

namespace collabtender::domain {

// A CPV code: eight digits, a hyphen and the check digit, e.g. "85311000-2". The
// check digit is the sum of the digits weighted 3, 7, 1, 3, 7, 1, 3, 7, modulo 10.
bool valid_cpv(std::string_view code);

// The English title of a health and social work code (85xxxxxx), by its eight
// digits; other codes are not carried.
std::optional<std::string_view> cpv_title(std::string_view eight_digits);

// The codes an organisation follows: at most 50, each a valid CPV code
// (reported at /cpv_codes and /cpv_codes/<i>).
Violations check_followed_codes(const std::vector<std::string>& codes);

}  // namespace collabtender::domain
