#include "service/metrics.hpp"

#include <sstream>

namespace collabtender::service {

void Metrics::Histogram::observe(const std::array<double, 12>& bounds, double value) {
    for (std::size_t i = 0; i < bounds.size(); ++i)
        if (value <= bounds[i]) ++buckets[i];
    ++count;
    sum += value;
}

void Metrics::observe(const std::string& method, const std::string& route, int status,
                      std::chrono::microseconds duration, std::uint64_t statements) {
    std::lock_guard lock{mutex_};
    ++requests_[{method, route, status}];
    latency_[{method, route}].observe(seconds_bounds, static_cast<double>(duration.count()) / 1e6);
    statements_[{method, route}].observe(statements_bounds, static_cast<double>(statements));
}

void Metrics::render(std::ostream& out, const char* name, const std::array<double, 12>& bounds,
                     const std::map<RouteKey, Histogram>& histograms) {
    for (const auto& [key, histogram] : histograms) {
        const auto labels = "method=\"" + key.first + "\",route=\"" + key.second + "\"";
        for (std::size_t i = 0; i < bounds.size(); ++i)
            out << name << "_bucket{" << labels << ",le=\"" << bounds[i] << "\"} " << histogram.buckets[i] << '\n';
        out << name << "_bucket{" << labels << ",le=\"+Inf\"} " << histogram.count << '\n'
            << name << "_sum{" << labels << "} " << histogram.sum << '\n'
            << name << "_count{" << labels << "} " << histogram.count << '\n';
    }
}

std::string Metrics::render(const persistence::WorkerPool::Stats& pool, std::size_t open_connections) const {
    std::ostringstream out;
    std::lock_guard lock{mutex_};
    out << "# HELP collabtender_http_requests_total HTTP requests answered, by route template and status.\n"
           "# TYPE collabtender_http_requests_total counter\n";
    for (const auto& [key, count] : requests_) {
        const auto& [method, route, status] = key;
        out << "collabtender_http_requests_total{method=\"" << method << "\",route=\"" << route << "\",status=\""
            << status << "\"} " << count << '\n';
    }
    out << "# HELP collabtender_http_request_duration_seconds Time from a request's arrival to its answer.\n"
           "# TYPE collabtender_http_request_duration_seconds histogram\n";
    render(out, "collabtender_http_request_duration_seconds", seconds_bounds, latency_);
    out << "# HELP collabtender_http_request_statements Database statements run for a request (BEGIN and COMMIT "
           "not counted).\n"
           "# TYPE collabtender_http_request_statements histogram\n";
    render(out, "collabtender_http_request_statements", statements_bounds, statements_);
    out << "# HELP collabtender_db_pool_workers Database worker threads, one connection each.\n"
           "# TYPE collabtender_db_pool_workers gauge\n"
        << "collabtender_db_pool_workers " << pool.workers << '\n'
        << "# HELP collabtender_db_pool_in_use Database workers running a job.\n"
           "# TYPE collabtender_db_pool_in_use gauge\n"
        << "collabtender_db_pool_in_use " << pool.busy << '\n'
        << "# HELP collabtender_db_pool_waiting Database jobs waiting for a worker.\n"
           "# TYPE collabtender_db_pool_waiting gauge\n"
        << "collabtender_db_pool_waiting " << pool.queued << '\n'
        << "# HELP collabtender_http_open_connections Client connections currently open.\n"
           "# TYPE collabtender_http_open_connections gauge\n"
        << "collabtender_http_open_connections " << open_connections << '\n';
    return out.str();
}

}  // namespace collabtender::service
