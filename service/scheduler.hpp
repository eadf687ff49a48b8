#pragma once

// Runs the timetable in scheduled_job (reminders) on whichever instance finds a
// job due first: each run holds the job's row, so two instances never run it at
// once, and what it sends is sent once per person per event however often it runs.
#include <chrono>
#include <functional>

#include "domain/time_point.hpp"
#include "service/background_worker.hpp"

namespace collabtender::service {

class Scheduler {
public:
    Scheduler(const persistence::DatabaseConfig& database, std::chrono::milliseconds poll,
              std::function<domain::TimePoint()> clock);

private:
    // Runs the next due job, if any; false when none was due.
    bool run_due(persistence::Connection& connection);

    std::function<domain::TimePoint()> clock_;
    BackgroundWorker worker_;  // last: stops before the rest goes
};

}  // namespace collabtender::service
