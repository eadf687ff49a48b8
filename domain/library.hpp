#pragma once

// The answer library: each organisation's reusable answers to tender questions.
#include <optional>
#include <string>
#include <vector>

#include "domain/violation.hpp"

namespace collabtender::domain {

// A title of 1 to 200 characters, a text of 1 to 50,000, up to 20 tags of up to
// 50 each, and the date it was last reviewed, if ever (YYYY-MM-DD).
Violations validate_library_answer(const std::string& title, const std::string& text,
                                   const std::vector<std::string>& tags, const std::optional<std::string>& last_reviewed);

}  // namespace collabtender::domain
