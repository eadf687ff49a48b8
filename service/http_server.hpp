#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "domain/attempt_budget.hpp"
#include "service/trusted_proxies.hpp"

namespace collabtender::service {

class Dispatcher;
class Metrics;

struct HttpLimits {
    std::size_t body_limit;
    std::size_t header_limit;
    std::chrono::seconds read_timeout;
    std::size_t body_memory;  // request bodies all connections may hold at once
};

struct HttpOptions {
    std::string host;
    std::uint16_t port;
    int io_threads;
    HttpLimits limits;
    std::chrono::seconds drain_delay;
    std::chrono::seconds shutdown_grace;
    TrustedProxies trusted_proxies;
    domain::AttemptPolicy sign_in_attempts;  // per client address
};

// The Beast HTTP/1.1 server: accepts connections, reads requests under limits and
// timeouts, hands them to the dispatcher and writes the answers. On SIGTERM or
// SIGINT it first sets `draining` (so /readyz fails and the load balancer moves
// away) and goes on serving for the drain delay; then it stops accepting, closes
// idle connections and lets requests in flight finish within the grace period. A
// second signal skips what is left of the delay.
class HttpServer {
public:
    HttpServer(HttpOptions options, const Dispatcher& dispatcher, Metrics& metrics,
               std::atomic<std::size_t>& open_connections, std::atomic<bool>& draining);
    ~HttpServer();

    // Serves until a stop signal has been handled and connections have drained.
    void run();
    // The port it listens on (the one the kernel chose, for port 0).
    std::uint16_t port() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace collabtender::service
