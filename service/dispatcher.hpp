#pragma once

#include <functional>
#include <string>

#include "api/router.hpp"
#include "persistence/database.hpp"
#include "service/static_files.hpp"

namespace collabtender::service {

struct Outcome {
    api::Response response;
    std::string route;    // the matched template, or "unmatched"
    std::string user_id;  // empty when nobody signed in
    bool probe = false;   // a load balancer's health check
};

// Finds the route, then runs authorisation and the handler: inline for routes that
// need no database, otherwise on the worker pool. A GET outside /api/ that no route
// takes goes to the web client's files. `done` is called exactly once, possibly on
// a worker thread.
class Dispatcher {
public:
    using Clock = std::function<domain::TimePoint()>;

    Dispatcher(const api::Router& router, persistence::WorkerPool& pool, const api::Settings& settings, Clock clock,
               const StaticFiles& web_client);

    // The route a request goes to, found once, when its header arrives: its body
    // limit applies from then on, and `dispatch` runs it.
    api::Router::Match match(std::string_view method, std::string_view target) const;
    void dispatch(api::Request request, api::Router::Match match, std::function<void(Outcome)> done) const;

    std::size_t largest_body_limit() const { return largest_body_limit_; }

    // Reads the next piece of a streamed body on the worker pool. `done` gets the
    // bytes, or nullopt when they cannot be read (gone, database down, pool full).
    void read_piece(std::shared_ptr<const api::StreamedBody> body, std::uint64_t offset,
                    std::function<void(std::optional<std::string>)> done) const;

private:
    Outcome run(const api::Route& route, const api::Request& request, persistence::Connection* db) const;

    const api::Router& router_;
    persistence::WorkerPool& pool_;
    const api::Settings& settings_;
    Clock clock_;
    const StaticFiles& web_client_;
    std::size_t largest_body_limit_ = 0;  // of any route: read per request, so found once
};

}  // namespace collabtender::service
