#pragma once

#include <chrono>
#include <string>

namespace collabtender::service {

// Sets spdlog's level and line format: "text" for people, "json" (one object per
// line, message escaped) for log collectors. Lines go to standard output, flushed
// within a second (every 200 ms under load) and at once from warnings up.
void configure_logging(const std::string& level, const std::string& format);

struct RequestLogLine {
    std::string request_id;
    std::string method;
    std::string route;
    int status;
    std::chrono::microseconds duration;
    std::uint64_t statements = 0;  // database statements run for it
    std::string user_id;
    std::string client;
    bool probe = false;
};

// One structured (logfmt) line per request, at info level; a load balancer's
// health checks (several a second, all alike) at debug level.
void log_request(const RequestLogLine& line);

}  // namespace collabtender::service
