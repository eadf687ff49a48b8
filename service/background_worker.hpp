#pragma once

// A thread with a database connection of its own, for work nobody waits on
// (email, reminders): it calls `step` while there is work, then waits `poll`
// before looking again. Never an HTTP I/O thread or a request's database worker.
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <stop_token>
#include <string>
#include <thread>

#include "persistence/database.hpp"

namespace collabtender::service {

class BackgroundWorker {
public:
    // Does one piece of work; true when it did some, so there may be more.
    using Step = std::function<bool(persistence::Connection&)>;

    // Transactions are never retried here: a step may have acted outside the
    // database (sent an email) before its commit failed.
    BackgroundWorker(std::string name, persistence::DatabaseConfig database, std::chrono::milliseconds poll, Step step);
    ~BackgroundWorker();  // lets a step under way finish, then stops
    BackgroundWorker(const BackgroundWorker&) = delete;
    BackgroundWorker& operator=(const BackgroundWorker&) = delete;

private:
    void run(std::stop_token stop);

    std::string name_;
    persistence::DatabaseConfig database_;
    std::chrono::milliseconds poll_;
    Step step_;
    std::mutex mutex_;
    std::condition_variable_any wake_;
    std::jthread thread_;
};

}  // namespace collabtender::service
