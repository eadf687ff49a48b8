#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace collabtender::service {

class Dispatcher;
class Metrics;

struct HttpLimits {
    std::size_t body_limit;
    std::size_t header_limit;
    std::chrono::seconds read_timeout;
};

// The Beast HTTP/1.1 server: accepts connections, reads requests under limits and
// timeouts, hands them to the dispatcher and writes the answers. On SIGTERM or
// SIGINT it stops accepting, closes idle connections and lets requests in flight
// finish within the grace period.
class HttpServer {
public:
    HttpServer(const std::string& host, std::uint16_t port, int io_threads, HttpLimits limits,
               std::chrono::seconds shutdown_grace, const Dispatcher& dispatcher, Metrics& metrics,
               std::atomic<std::size_t>& open_connections);
    ~HttpServer();

    // Serves until a stop signal has been handled and connections have drained.
    void run();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace collabtender::service
