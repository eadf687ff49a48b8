#pragma once

#include <functional>
#include <optional>
#include <string>

#include "api/router.hpp"
#include "domain/ids.hpp"
#include "persistence/database.hpp"
#include "service/sign_in_queue.hpp"
#include "service/static_files.hpp"

namespace collabtender::service {

struct Outcome {
    api::Response response;
    std::string route;    // the matched template, or "unmatched"
    std::string user_id;  // empty when nobody signed in
    bool probe = false;   // a load balancer's health check
    std::uint64_t statements = 0;  // database statements run for it (not those `authorize` ran)
};

// Who sent a request, found before its body was read (see `authorize`).
struct Sender {
    std::optional<domain::Principal> principal;  // empty: an anonymous reader of a public route
};

// Finds the route, then runs authorisation and the handler: inline for routes that
// need no database, otherwise on the worker pool. A GET outside /api/ that no route
// takes goes to the web client's files. `done` is called exactly once, possibly on
// a worker thread.
class Dispatcher {
public:
    using Clock = std::function<domain::TimePoint()>;

    // Without `sign_ins`, sign-ins run as they come (tests that call handlers).
    Dispatcher(const api::Router& router, persistence::WorkerPool& pool, const api::Settings& settings, Clock clock,
               const StaticFiles& web_client, SignInQueue* sign_ins = nullptr);

    // The route a request goes to, found once, when its header arrives: its body
    // limit applies from then on, and `dispatch` runs it.
    api::Router::Match match(std::string_view method, std::string_view target) const;
    // `sender` is set when `authorize` has already checked who sent it.
    void dispatch(api::Request request, api::Router::Match match, std::optional<Sender> sender,
                  std::function<void(Outcome)> done) const;

    // Checks a request's token and the route's roles from its header alone, on the
    // worker pool, so that a body is read only from someone the route admits.
    // `done` gets the sender, or the refusal to answer with, and the statements run.
    using Authorized = std::function<void(std::optional<Sender>, std::optional<api::Response>, std::uint64_t)>;
    void authorize(const api::Route& route, api::Request head, Authorized done) const;

    std::size_t largest_body_limit() const { return largest_body_limit_; }

    // Stores a piece of an upload on the worker pool (a transaction of its own);
    // `done` gets whether it was stored, and the statements run.
    void store_piece(const domain::UploadId& upload_id, int index, std::shared_ptr<const std::string> bytes,
                     std::function<void(bool, std::uint64_t)> done) const;
    // Removes an upload's pieces, best effort (the timetable removes what is left).
    void discard_upload(const domain::UploadId& upload_id) const;

    // Reads the next piece of a streamed body on the worker pool. `done` gets the
    // bytes, or nullopt when they cannot be read (gone, database down, pool full).
    void read_piece(std::shared_ptr<const api::StreamedBody> body, std::uint64_t offset,
                    std::function<void(std::optional<std::string>)> done) const;

private:
    void submit(const api::Route& route, std::shared_ptr<api::Request> request, std::optional<Sender> sender,
                std::shared_ptr<std::function<void(Outcome)>> done, std::function<void()> finished) const;
    Outcome run(const api::Route& route, const api::Request& request, const std::optional<Sender>& sender,
                persistence::Connection* db) const;

    const api::Router& router_;
    persistence::WorkerPool& pool_;
    const api::Settings& settings_;
    Clock clock_;
    const StaticFiles& web_client_;
    SignInQueue* sign_ins_;
    std::size_t largest_body_limit_ = 0;  // of any route: read per request, so found once
};

}  // namespace collabtender::service
