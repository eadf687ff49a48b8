#pragma once

// The kinds of service (CPV codes) an organisation hears about when a notice or
// tender is published, shared by everyone there. A code follows every code
// under it: 85300000-2 follows all of 853….
#include <optional>
#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"
#include "persistence/database.hpp"

namespace collabtender::app {

struct FollowedCodes {
    std::vector<std::string> codes;
    // Who at the organisation replaced the list last, and when; none before anyone has.
    struct Change {
        std::optional<domain::UserId> user_id;  // with the name, while the person's account exists
        std::optional<std::string> display_name;
        domain::TimePoint at;
    };
    std::optional<Change> changed;
};

struct FollowCodes {
    std::vector<std::string> codes;  // replaces the list
};

// Refuses nothing.
FollowedCodes read_followed_codes(persistence::Connection& db, const domain::Principal& reader);

// Replaces the organisation's list (codes already checked as the command was
// read), audited with the list before and after. Refuses nothing.
FollowedCodes follow_codes(persistence::Connection& db, const domain::Principal& follower,
                           const FollowCodes& command, domain::TimePoint now);

}  // namespace collabtender::app
