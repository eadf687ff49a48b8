#pragma once

// Comment threads on a bid's sections, inside the consortium.
#include <optional>
#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "persistence/sections_repository.hpp"

namespace collabtender::app {

// The section's comments, oldest first, for the bid's members (not_found for
// anyone else, or a section not in the bid).
std::vector<persistence::CommentRecord> read_comments(persistence::Connection& db, const domain::Principal& member,
                                                      const domain::BidId& bid_id, const std::string& section);

struct AddComment {
    domain::BidId bid_id;
    std::string section;
    std::string body;
    std::optional<domain::CommentId> parent_id;  // a reply to that thread
    std::vector<std::string> mentions;     // member users' ids
};

// A member comments on a section, or replies to a thread of it; each person
// mentioned is told. Refuses as read_comments does, a parent that is not a thread
// of the section and a mention of anyone but members' users (invalid).
persistence::CommentRecord add_comment(persistence::Connection& db, const domain::Principal& member,
                                       const AddComment& command, domain::TimePoint now);

struct ResolveComment {
    domain::BidId bid_id;
    domain::CommentId comment_id;
    bool resolved = true;  // false reopens the thread
};

// Any member resolves a thread or reopens it. Refuses a bid the caller may not
// reach or a comment not of it (not_found), and a reply (not_a_thread).
persistence::CommentRecord resolve_comment(persistence::Connection& db, const domain::Principal& member,
                                           const ResolveComment& command, domain::TimePoint now);

}  // namespace collabtender::app
