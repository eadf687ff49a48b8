#include "service/dispatcher.hpp"

#include <algorithm>
#include <memory>

#include <spdlog/spdlog.h>

#include "api/authorization.hpp"
#include "api/error_mapper.hpp"
#include "api/problem.hpp"

namespace collabtender::service {

Dispatcher::Dispatcher(const api::Router& router, persistence::WorkerPool& pool, const api::Settings& settings,
                       Clock clock, const StaticFiles& web_client)
    : router_{router}, pool_{pool}, settings_{settings}, clock_{std::move(clock)}, web_client_{web_client} {
    for (const auto& route : router_.routes()) largest_body_limit_ = std::max(largest_body_limit_, route.body_limit);
}

api::Router::Match Dispatcher::match(std::string_view method, std::string_view target) const {
    return router_.match(std::string{method}, std::string{target.substr(0, target.find('?'))});
}

void Dispatcher::dispatch(api::Request request, api::Router::Match match, std::function<void(Outcome)> done) const {
    if (!match.route && request.method == "GET" && !request.path.starts_with("/api/")) {
        if (auto file = web_client_.find(request.path, request.header("if-none-match")))
            return done(Outcome{std::move(*file), "web client", {}});
    }
    if (!match.route) {
        auto problem = match.allowed.empty() ? api::problems::not_found() : api::problems::method_not_allowed(match.allowed);
        return done(Outcome{problem.to_response(request.path), "unmatched", {}});
    }
    request.path_params = std::move(match.params);
    const auto& route = *match.route;
    if (!route.needs_db()) return done(run(route, request, nullptr));

    // Shared so that a refused job leaves the callback here to answer with.
    auto shared_done = std::make_shared<std::function<void(Outcome)>>(std::move(done));
    auto shared_request = std::make_shared<api::Request>(std::move(request));
    const bool queued = pool_.try_submit([this, &route, shared_request, shared_done](persistence::Connection& db) {
        (*shared_done)(run(route, *shared_request, &db));
    });
    if (!queued) {
        auto problem = api::problems::unavailable("The service is at capacity. Please try again shortly.", 1);
        (*shared_done)(Outcome{problem.to_response(shared_request->path), route.path, {}, route.probe});
    }
}

void Dispatcher::read_piece(std::shared_ptr<const api::StreamedBody> body, std::uint64_t offset,
                            std::function<void(std::optional<std::string>)> done) const {
    // A piece a quarter of a megabyte: few round trips, little memory per download.
    constexpr std::size_t piece = 256 * 1024;
    auto shared_done = std::make_shared<std::function<void(std::optional<std::string>)>>(std::move(done));
    const bool queued = pool_.try_submit([body, offset, shared_done](persistence::Connection& db) {
        std::optional<std::string> bytes;
        try {
            bytes = body->read(db, offset, piece);
        } catch (const std::exception& e) {
            spdlog::warn("download cut short at byte {}: {}", offset, e.what());
        }
        (*shared_done)(std::move(bytes));
    });
    if (!queued) (*shared_done)(std::nullopt);
}

Outcome Dispatcher::run(const api::Route& route, const api::Request& request, persistence::Connection* db) const {
    api::Context context{db, std::nullopt, clock_(), settings_, clock_};
    Outcome outcome{{}, route.path, {}, route.probe};
    try {
        context.principal = api::authorize(route.access, request, context);
        if (context.principal) outcome.user_id = context.principal->user_id;
        outcome.response = route.handler(request, context);
    } catch (...) {
        outcome.response = api::error_response(std::current_exception(), request);
    }
    return outcome;
}

}  // namespace collabtender::service
