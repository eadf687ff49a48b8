#include "service/background_worker.hpp"

#include <spdlog/spdlog.h>

namespace collabtender::service {

BackgroundWorker::BackgroundWorker(std::string name, persistence::DatabaseConfig database, std::chrono::milliseconds poll,
                                   Step step)
    : name_{std::move(name)}, database_{std::move(database)}, poll_{poll}, step_{std::move(step)} {
    database_.max_attempts = 1;
    thread_ = std::jthread{[this](std::stop_token stop) { run(stop); }};
}

BackgroundWorker::~BackgroundWorker() {
    thread_.request_stop();
    wake_.notify_all();
}

void BackgroundWorker::run(std::stop_token stop) {
    persistence::Connection connection{database_};
    while (!stop.stop_requested()) {
        bool busy = false;
        try {
            busy = step_(connection);
        } catch (const std::exception& e) {
            spdlog::warn("{}: {}", name_, e.what());  // e.g. the database is away: look again after a pause
        }
        if (busy) continue;
        std::unique_lock lock{mutex_};
        wake_.wait_for(lock, stop, poll_, [] { return false; });
    }
}

}  // namespace collabtender::service
