#pragma once

// The outbox, for admins: emails by state, and the failed ones sent again.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/time_point.hpp"
#include "persistence/notifications_repository.hpp"

namespace collabtender::app {

struct Outbox {
    std::map<std::string, int> counts;  // by email state
    std::vector<persistence::FailedMail> failed;
};

// Refuses nothing.
Outbox read_outbox(persistence::Connection& db, int limit, int offset);

// A failed email back in the queue, due now, audited. Refuses an email that has
// not failed, or none (not_failed).
void retry_email(persistence::Connection& db, const domain::Principal& admin, std::int64_t notification_id,
                 domain::TimePoint now);

}  // namespace collabtender::app
