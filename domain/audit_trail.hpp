#pragma once

// Who reads and verifies the audit trail, and what of it stays sealed.
#include <optional>

#include "domain/accounts.hpp"
#include "domain/tender.hpp"
#include "domain/time_point.hpp"
#include "domain/violation.hpp"

namespace collabtender::domain {

// Admins may verify every chain at once; anyone else names the tender whose
// chain to verify (reported at ?tender_id).
Violations check_chain_named(Role role, bool tender_named);

// While a stage takes bids, its bid activity stays sealed like the bids
// themselves: the events about bids from this time on are left out. Nothing is
// sealed otherwise.
std::optional<TimePoint> bid_activity_sealed_since(TenderStatus status, const Timetable& timetable);

}  // namespace collabtender::domain
