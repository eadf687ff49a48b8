#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/refusal.hpp"
#include "domain/time_point.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::app {

// Where one stage's deadline stands: whether it may move now (the same rules
// change_deadline applies) and, if it may, whether it may also come earlier.
struct DeadlineStanding {
    int stage = 1;
    std::optional<domain::TimePoint> deadline;
    std::optional<domain::Refusal> fixed;  // why it may not move, if it may not
    bool may_shorten = false;              // not passed, and no bids started
    bool reopens_for_short_lots = false;   // passed, yet movable: a lot is short of bids
};

// A change made, as the tender's audit trail recorded it.
struct DeadlineChangeMade {
    boost::json::value stage, previous_deadline, deadline, reason, changed_at;
    std::optional<domain::UserId> changed_by;  // the user's id
};

struct DeadlineChanges {
    domain::TenderId tender_id;
    std::array<DeadlineStanding, 2> stages;
    std::vector<DeadlineChangeMade> changes;  // oldest first
    persistence::DisplayNames people;  // of those who made them
};

// For the tender's commissioners. Refuses a tender they may not see (not_found)
// or manage (forbidden).
DeadlineChanges read_deadline_changes(persistence::Connection& db, const domain::Principal& commissioner,
                                      const domain::TenderId& tender_id, domain::TimePoint now);

}  // namespace collabtender::app
