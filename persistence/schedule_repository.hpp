#pragma once

// The service's timetable (scheduled_job) and what its reminder jobs look for.
#include <optional>
#include <string>
#include <vector>

#include "domain/ids.hpp"
#include "domain/login_throttle.hpp"
#include "persistence/database.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::persistence {

// The next job due, its row locked until the transaction ends; other instances skip it.
std::optional<std::string> claim_due_job(Tx& tx, domain::TimePoint now);
// Ran: due again after its interval.
void finish_job(Tx& tx, const std::string& name, domain::TimePoint now);
// Failed: the error kept, due again after its interval.
void fail_job(Tx& tx, const std::string& name, const std::string& error, domain::TimePoint now);

// Bids with no version sent to the stage open now, whose deadline falls within
// `days` of now: in stage 2, only those still in the tender after stage 1.
struct UnsubmittedBid {
    domain::BidId bid_id;
    int stage;
    domain::TimePoint deadline;
};
std::vector<UnsubmittedBid> unsubmitted_bids(Tx& tx, domain::TimePoint now, int days);

// Panel members with bids still to score (no scores sent, no conflict declared)
// in the stage under evaluation, whose panel's scoring date falls within `days`.
struct UnscoredWork {
    domain::PanelId panel_id;
    std::string panel_name;
    TenderRecord tender;
    domain::UserId user_id;
    int stage;
    int bids;
    domain::TimePoint due;
};
std::vector<UnscoredWork> unscored_work(Tx& tx, domain::TimePoint now, int days);

// Lots whose standstill has ended with awards still waiting for confirmation.
struct EndedStandstill {
    TenderRecord tender;
    LotRecord lot;
    domain::TimePoint ended;
};
std::vector<EndedStandstill> ended_standstills(Tx& tx, domain::TimePoint now);

}  // namespace collabtender::persistence
