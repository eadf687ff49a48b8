#include "service/scheduler.hpp"

#include <spdlog/spdlog.h>

#include "app/notifications/reminders.hpp"
#include "persistence/schedule_repository.hpp"

namespace collabtender::service {

Scheduler::Scheduler(const persistence::DatabaseConfig& database, std::chrono::milliseconds poll,
                     std::function<domain::TimePoint()> clock)
    : clock_{std::move(clock)},
      worker_{"scheduler", database, poll, [this](persistence::Connection& c) { return run_due(c); }} {}

bool Scheduler::run_due(persistence::Connection& connection) {
    std::optional<std::string> job;
    const auto& clock = clock_;
    try {
        connection.transact([&](persistence::Tx& tx) {
            const auto now = clock();
            job = persistence::claim_due_job(tx, now);
            if (!job) return;
            if (!app::run_scheduled_job(*job, tx, now)) spdlog::warn("scheduler: no job called {}", *job);
            persistence::finish_job(tx, *job, now);
        });
    } catch (const std::exception& e) {
        if (!job) throw;
        // The run rolled back; keep why, and try again at the next interval.
        spdlog::error("scheduler: {} failed: {}", *job, e.what());
        connection.transact([&](persistence::Tx& tx) { persistence::fail_job(tx, *job, e.what(), clock()); });
    }
    return job.has_value();
}

}  // namespace collabtender::service
