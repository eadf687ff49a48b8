#include "domain/section_comment.hpp"

#include "domain/refusal.hpp"
#include "domain/text.hpp"

namespace collabtender::domain {

Violations validate_comment(const std::string& body, const std::vector<std::string>& mentions) {
    Violations out;
    check_text(out, body, "/body", 1, 5000);
    if (mentions.size() > 20) out.push_back({"/mentions", "too_many", "mention at most 20 people"});
    return out;
}

Violations check_reply_parent(const std::optional<ParentComment>& parent, const std::string& section) {
    if (parent && parent->section == section && !parent->reply) return {};
    return {{"/parent_id", "unknown_comment", "is not a thread of this section"}};
}

void require_thread(bool reply) {
    if (reply) throw Refusal{RefusalCode::not_a_thread, "Replies are resolved with their thread."};
}

}  // namespace collabtender::domain
