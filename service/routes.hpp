#pragma once

#include <chrono>
#include <functional>
#include <string>

#include "api/router.hpp"

namespace collabtender::service {

struct RouteOptions {
    std::function<std::string()> render_metrics = [] { return std::string{}; };
    std::size_t document_limit = 20 * 1024 * 1024;
    // When a stop has been asked for: /readyz then answers 503.
    std::function<bool()> stopping = [] { return false; };
    // The bearer token /metrics asks for; without one it is not served.
    std::string metrics_token;
    // Only for a server started for tests (--test-clock): POST /test/clock moves its
    // clock forward, so that tests pass deadlines without waiting for them.
    std::function<domain::TimePoint(std::chrono::seconds)> advance_clock;
};

// The route table: every path, method, access rule and handler of the service, in
// one place. The OpenAPI check and the authorisation tests read the same table.
api::Router build_router(RouteOptions options = {});

}  // namespace collabtender::service
