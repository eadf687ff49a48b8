#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/violation.hpp"

namespace collabtender::domain {

// Shared checks that add a violation at `pointer` when a value is out of bounds.
// Lengths count characters (Unicode code points, as JSON Schema's maxLength and
// PostgreSQL's length() do) of the trimmed text; bounds are inclusive.
std::string_view trim(std::string_view text);
// Characters in valid UTF-8 text: every byte that does not continue a sequence.
std::size_t code_points(std::string_view text);
// Well-formed UTF-8 without NUL bytes.
bool valid_utf8(std::string_view text);
void check_text(Violations& out, const std::string& text, const std::string& pointer, std::size_t min, std::size_t max);
void check_range(Violations& out, long long value, const std::string& pointer, long long min, long long max);
// Text made safe to place in HTML, as element content or a quoted attribute.
std::string escape_html(std::string_view text);
void check_text_list(Violations& out, const std::vector<std::string>& items, const std::string& pointer,
                     std::size_t max_items, std::size_t max_length);
// The points of a "- first\n- second" list, each trimmed; text that is not such a
// list is a single point, and blank text none.
std::vector<std::string> list_items(std::string_view text);

}  // namespace collabtender::domain
