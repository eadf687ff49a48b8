#include "service/dispatcher.hpp"

#include <algorithm>
#include <memory>

#include <spdlog/spdlog.h>

#include "api/authorization.hpp"
#include "api/error_mapper.hpp"
#include "api/problem.hpp"
#include "persistence/uploads_repository.hpp"

namespace collabtender::service {

Dispatcher::Dispatcher(const api::Router& router, persistence::WorkerPool& pool, const api::Settings& settings,
                       Clock clock, const StaticFiles& web_client, SignInQueue* sign_ins)
    : router_{router},
      pool_{pool},
      settings_{settings},
      clock_{std::move(clock)},
      web_client_{web_client},
      sign_ins_{sign_ins} {
    for (const auto& route : router_.routes()) largest_body_limit_ = std::max(largest_body_limit_, route.body_limit);
}

api::Router::Match Dispatcher::match(std::string_view method, std::string_view target) const {
    return router_.match(std::string{method}, std::string{target.substr(0, target.find('?'))});
}

void Dispatcher::dispatch(api::Request request, api::Router::Match match, std::optional<Sender> sender,
                          std::function<void(Outcome)> done) const {
    if (!match.route && request.method == "GET" && !request.path.starts_with("/api/")) {
        if (auto file = web_client_.find(request.path, request.header("if-none-match"), request.header("accept-encoding")))
            return done(Outcome{std::move(*file), "web client", {}});
    }
    if (!match.route) {
        auto problem = match.allowed.empty() ? api::problems::not_found() : api::problems::method_not_allowed(match.allowed);
        return done(Outcome{problem.to_response(request.path), "unmatched", {}});
    }
    request.path_params = std::move(match.params);
    const auto& route = *match.route;
    if (!route.needs_db()) return done(run(route, request, sender, nullptr));

    // Shared so that a refused job leaves the callback here to answer with.
    auto shared_done = std::make_shared<std::function<void(Outcome)>>(std::move(done));
    auto shared_request = std::make_shared<api::Request>(std::move(request));
    if (!route.sign_in || sign_ins_ == nullptr) return submit(route, shared_request, std::move(sender), shared_done, {});
    sign_ins_->enter([this, &route, shared_request, sender = std::move(sender), shared_done](bool admitted) mutable {
        if (!admitted) {
            auto problem = api::problems::unavailable("Too many people are signing in at once. Please try again.", 2);
            return (*shared_done)(Outcome{problem.to_response(shared_request->path), route.path, {}, route.probe});
        }
        submit(route, shared_request, std::move(sender), shared_done, [this] { sign_ins_->leave(); });
    });
}

// Runs the route on the worker pool; `finished` (if any) once it has run or was refused.
void Dispatcher::submit(const api::Route& route, std::shared_ptr<api::Request> request, std::optional<Sender> sender,
                        std::shared_ptr<std::function<void(Outcome)>> done, std::function<void()> finished) const {
    const bool queued = pool_.try_submit([this, &route, request, sender = std::move(sender), done,
                                          finished](persistence::Connection& db) {
        auto outcome = run(route, *request, sender, &db);
        if (finished) finished();
        (*done)(std::move(outcome));
    });
    if (!queued) {
        if (finished) finished();
        auto problem = api::problems::unavailable("The service is at capacity. Please try again shortly.", 1);
        (*done)(Outcome{problem.to_response(request->path), route.path, {}, route.probe});
    }
}

void Dispatcher::authorize(const api::Route& route, api::Request head, Authorized done) const {
    auto shared_done = std::make_shared<Authorized>(std::move(done));
    auto shared_head = std::make_shared<api::Request>(std::move(head));
    const bool queued = pool_.try_submit([this, &route, shared_head, shared_done](persistence::Connection& db) {
        const auto before = db.statements();
        api::Context context{&db, std::nullopt, clock_(), settings_, clock_};
        std::optional<api::Response> refusal;
        std::optional<Sender> sender;
        try {
            sender = Sender{api::authorize(route.access, *shared_head, context)};
        } catch (...) {
            refusal = api::error_response(std::current_exception(), *shared_head);
        }
        (*shared_done)(std::move(sender), std::move(refusal), db.statements() - before);
    });
    if (!queued)
        (*shared_done)(std::nullopt,
                       api::problems::unavailable("The service is at capacity. Please try again shortly.", 1)
                           .to_response(shared_head->path),
                       0);
}

void Dispatcher::store_piece(const domain::UploadId& upload_id, int index, std::shared_ptr<const std::string> bytes,
                             std::function<void(bool, std::uint64_t)> done) const {
    auto shared_done = std::make_shared<std::function<void(bool, std::uint64_t)>>(std::move(done));
    const bool queued = pool_.try_submit([this, upload_id, index, bytes, shared_done](persistence::Connection& db) {
        const auto before = db.statements();
        bool stored = false;
        try {
            db.transact([&](persistence::Tx& tx) { persistence::store_upload_piece(tx, upload_id, index, *bytes, clock_()); });
            stored = true;
        } catch (const std::exception& e) {
            spdlog::warn("upload {} piece {} not stored: {}", upload_id.str(), index, e.what());
        }
        (*shared_done)(stored, db.statements() - before);
    });
    if (!queued) (*shared_done)(false, 0);
}

void Dispatcher::discard_upload(const domain::UploadId& upload_id) const {
    pool_.try_submit([upload_id](persistence::Connection& db) {
        try {
            db.transact([&](persistence::Tx& tx) { persistence::discard_upload(tx, upload_id); });
        } catch (const std::exception& e) {
            spdlog::warn("upload {} not discarded (the timetable will): {}", upload_id.str(), e.what());
        }
    });
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

Outcome Dispatcher::run(const api::Route& route, const api::Request& request, const std::optional<Sender>& sender,
                        persistence::Connection* db) const {
    api::Context context{db, std::nullopt, clock_(), settings_, clock_};
    Outcome outcome{{}, route.path, {}, route.probe};
    const auto before = db ? db->statements() : 0;
    try {
        context.principal = sender ? sender->principal : api::authorize(route.access, request, context);
        if (context.principal) outcome.user_id = context.principal->user_id;
        outcome.response = route.handler(request, context);
    } catch (...) {
        outcome.response = api::error_response(std::current_exception(), request);
    }
    outcome.statements = db ? db->statements() - before : 0;
    return outcome;
}

}  // namespace collabtender::service
