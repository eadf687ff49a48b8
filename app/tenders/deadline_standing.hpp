#pragma once

#include <optional>

#include "domain/refusal.hpp"
#include "domain/time_point.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

// Why a stage's deadline may not move now (domain::deadline_fixed), counting the
// lots short of bids only when the deadline has passed: the one case the count
// decides. For changing the deadline and for showing whether it may change.
std::optional<domain::Refusal> deadline_fixed(persistence::Tx& tx, const persistence::TenderRecord& tender, int stage,
                                              domain::TimePoint now);

}  // namespace collabtender::app
