#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "api/http.hpp"
#include "api/ocds/open_data.hpp"
#include "domain/accounts.hpp"
#include "domain/login_throttle.hpp"

namespace collabtender::persistence {
class Connection;
}

namespace collabtender::api {

// Settings handlers read; everything else they need arrives with the request.
struct Settings {
    std::chrono::seconds token_lifetime{std::chrono::hours{12}};
    domain::ThrottlePolicy login_throttle;
    OpenData open_data;
};

// What a handler may use. `db` is set for routes that use the database, and then
// the handler runs on a database worker thread, never on an HTTP I/O thread.
struct Context {
    persistence::Connection* db = nullptr;
    std::optional<domain::Principal> principal;
    domain::TimePoint now;  // when the handler started
    const Settings& settings;
    std::function<domain::TimePoint()> clock;  // for a reading taken later, e.g. after a lock
};

using Handler = std::function<Response(const Request&, Context&)>;

// Who may call a route. Checked in one place (api/authorization) before the handler.
struct Access {
    bool signed_in = false;           // a valid token is required
    std::vector<domain::Role> roles;  // empty: any signed-in role
    bool identify = false;            // without signed_in: a token, if sent, must be valid and is used
    // Also for a session that may only enrol in two-factor sign-in (the person's role
    // requires it and they have not enrolled): their own account and the enrolment.
    bool while_enrolling = false;

    static Access anyone() { return {}; }
    static Access optional_sign_in() { return {false, {}, true}; }
    static Access any_role() { return {true, {}, true}; }
    static Access only(std::vector<domain::Role> roles) { return {true, std::move(roles), true}; }
    static Access enrolling() { return {true, {}, true, true}; }
};

struct Route {
    std::string method;
    std::string path;  // template, e.g. /api/v1/tenders/{tender_id}
    Access access;
    bool uses_db = false;
    Handler handler;
    std::size_t body_limit = 0;  // bytes; 0 means the server's JSON default
    bool probe = false;          // a load balancer's health check: counted, but logged at debug level only
    bool sign_in = false;        // hashes a password: counted per client address, queued for its turn
    bool stores_body = false;    // the body goes to the database in pieces as it arrives (Request::upload)
    bool every_attempt_counts = false;  // with sign_in: answered well or not, each request uses the budget

    bool needs_db() const { return uses_db || access.identify; }
};

class Router {
public:
    void add(Route route);

    struct Match {
        const Route* route = nullptr;                    // set when found
        std::map<std::string, std::string> params;      // path parameters by name
        std::vector<std::string> allowed;                // methods, when the path exists but not the method
    };
    // A route, or no route with the methods the path does accept (empty: 404).
    Match match(const std::string& method, const std::string& path) const;

    const std::vector<Route>& routes() const { return routes_; }

private:
    std::vector<Route> routes_;
    std::vector<std::vector<std::string>> patterns_;  // each route's path, split into segments once
};

}  // namespace collabtender::api
