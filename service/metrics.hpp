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

// Request counters, and histograms of latency and of database statements per
// route, rendered in Prometheus text format.
class Metrics {
public:
    void observe(const std::string& method, const std::string& route, int status, std::chrono::microseconds duration,
                 std::uint64_t statements);

    std::string render(const persistence::WorkerPool::Stats& pool, std::size_t open_connections) const;

private:
    static constexpr std::array<double, 12> seconds_bounds{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                           0.1,   0.25,   0.5,   1.0,  2.5,   5.0};
    static constexpr std::array<double, 12> statements_bounds{0, 1, 2, 3, 4, 6, 8, 10, 15, 20, 30, 50};
    struct Histogram {
        std::array<std::uint64_t, 12> buckets{};
        std::uint64_t count = 0;
        double sum = 0;
        void observe(const std::array<double, 12>& bounds, double value);
    };
    using RouteKey = std::pair<std::string, std::string>;  // method, route template
    static void render(std::ostream& out, const char* name, const std::array<double, 12>& bounds,
                       const std::map<RouteKey, Histogram>& histograms);

    mutable std::mutex mutex_;
    std::map<std::tuple<std::string, std::string, int>, std::uint64_t> requests_;
    std::map<RouteKey, Histogram> latency_;
    std::map<RouteKey, Histogram> statements_;
};

}  // namespace collabtender::service
