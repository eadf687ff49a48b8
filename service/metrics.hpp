#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

#include "persistence/database.hpp"

namespace collabtender::service {

// Request counters and a latency histogram, rendered in Prometheus text format.
class Metrics {
public:
    void observe(const std::string& method, const std::string& route, int status, std::chrono::microseconds duration);

    std::string render(const persistence::WorkerPool::Stats& pool, std::size_t open_connections) const;

private:
    static constexpr std::array<double, 12> bucket_bounds{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                          0.1,   0.25,   0.5,   1.0,  2.5,   5.0};
    struct Histogram {
        std::array<std::uint64_t, bucket_bounds.size()> buckets{};
        std::uint64_t count = 0;
        double sum = 0;
    };

    mutable std::mutex mutex_;
    std::map<std::tuple<std::string, std::string, int>, std::uint64_t> requests_;
    std::map<std::pair<std::string, std::string>, Histogram> latency_;
};

}  // namespace collabtender::service
