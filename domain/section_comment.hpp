#pragma once

// Comments on a bid's sections: threads of a first comment and its replies, seen
// by the consortium's members alone, that may mention members' users.
#include <optional>
#include <string>
#include <vector>

#include "domain/violation.hpp"

namespace collabtender::domain {

// A body of 1 to 5000 characters; at most 20 people mentioned.
Violations validate_comment(const std::string& body, const std::vector<std::string>& mentions);

// A comment as a reply's parent is judged: its section and whether it is itself a reply.
struct ParentComment {
    std::string section;
    bool reply = false;
};
// A reply answers a thread (a first comment, not a reply) of the same section.
Violations check_reply_parent(const std::optional<ParentComment>& parent, const std::string& section);
// Threads are resolved and reopened whole: a reply is refused (not_a_thread).
void require_thread(bool reply);

}  // namespace collabtender::domain
