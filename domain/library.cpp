#include "domain/library.hpp"

#include "domain/text.hpp"
#include "domain/time_format.hpp"

namespace collabtender::domain {

Violations validate_library_answer(const std::string& title, const std::string& text,
                                   const std::vector<std::string>& tags, const std::optional<std::string>& last_reviewed) {
    Violations out;
    check_text(out, title, "/title", 1, 200);
    check_text(out, text, "/text", 1, 50000);
    check_text_list(out, tags, "/tags", 20, 50);
    if (last_reviewed && (last_reviewed->size() != 10 || !parse_rfc3339(*last_reviewed + "T00:00:00Z")))
        out.push_back({"/last_reviewed", "invalid_date", "must be a date, YYYY-MM-DD"});
    return out;
}

}  // namespace collabtender::domain
