// The route table's access rules, enforced for every route: without a token,
// signed-in routes answer 401; with a role a route does not admit, 403. Read from
// the same table the server is built from, so a new route is covered at once.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>

#include <boost/json.hpp>

#include "service/routes.hpp"
#include "tests/support/accounts.hpp"
#include "tests/support/commissioning.hpp"
#include "tests/support/http_client.hpp"
#include "tests/support/server_process.hpp"
#include "tests/support/test_database.hpp"

using namespace collabtender;
using namespace collabtender::test;
using namespace std::chrono_literals;

namespace {

// Any well-formed id: access is decided before anything is looked up.
std::string concrete(std::string path) {
    for (auto open = path.find('{'); open != std::string::npos; open = path.find('{'))
        path.replace(open, path.find('}', open) - open + 1, "00000000-0000-0000-0000-000000000000");
    return path;
}

}  // namespace

TEST_CASE("every route enforces its access rule") {
    TestDatabase db{TestDatabase::Schema::migrated};
    const auto body = create_organisation(db.url(), "Edinburgh HSCP", "commissioning_body");
    const auto provider = create_organisation(db.url(), "Pilton Community Health Project", "provider");
    const std::string password = "a long enough password";
    const std::map<domain::Role, std::pair<std::string, std::string>> accounts{
        {domain::Role::admin, {body, "admin@example.scot"}},
        {domain::Role::commissioner, {body, "officer@example.scot"}},
        {domain::Role::panellist, {body, "panel@example.scot"}},
        {domain::Role::provider, {provider, "staff@example.scot"}},
    };
    for (const auto& [role, account] : accounts)
        create_user(db.url(), account.first, account.second, std::string{domain::to_string(role)}, password);
    ServerProcess server{db.url()};
    std::map<domain::Role, std::string> tokens;
    for (const auto& [role, account] : accounts) tokens[role] = login(server.port(), account.second, password);

    const auto router = service::build_router();
    int checked = 0;
    for (const auto& route : router.routes()) {
        if (!route.access.signed_in) continue;
        CAPTURE(route.method);
        CAPTURE(route.path);
        HttpRequest request{route.method, concrete(route.path), "{}", "application/json", "", {}};
        CHECK(send(server.port(), request).status == 401);
        for (const auto& [role, token] : tokens) {
            const auto& admitted = route.access.roles;
            if (admitted.empty() || std::find(admitted.begin(), admitted.end(), role) != admitted.end()) continue;
            CAPTURE(domain::to_string(role));
            request.bearer = token;
            CHECK(send(server.port(), request).status == 403);
            ++checked;
        }
    }
    CHECK(checked > 10);

    // Where the installation requires a second factor, a commissioner who has not
    // enrolled is refused by every route but their own account's and the enrolment's:
    // the API cannot be called around the enrolment.
    db.exec("UPDATE installation_setting SET value = 'true' WHERE name = 'two_factor_required'");
    const auto enrolling = login(server.port(), "officer@example.scot", password);
    int refused = 0;
    for (const auto& route : router.routes()) {
        if (!route.access.identify || route.path == "/api/v1/auth/logout") continue;  // signing out would end it
        CAPTURE(route.method);
        CAPTURE(route.path);
        const HttpRequest request{route.method, concrete(route.path), "{}", "application/json", enrolling, {}};
        const auto answer = send(server.port(), request);
        if (route.access.while_enrolling) {
            CHECK(answer.status != 403);
        } else {
            CHECK(answer.status == 403);
            CHECK(answer.body.find("two-factor-enrolment-required") != std::string::npos);
            ++refused;
        }
    }
    CHECK(refused > 100);
}

// Every route that names objects in its path, called by signed-in users of
// another organisation with the ids of Edinburgh's tender and Pilton's bid: none
// may succeed, except the few routes where acting on another body's published
// tender is the point (a provider asking a question, booking a session, forming
// a consortium...), which are listed here. A new route is covered at once and
// must either refuse strangers or be added to the list.
TEST_CASE("no route serves or changes another organisation's objects") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto lot = c.first_lot(tender);
    const auto session = c.call("POST", tender + "/information-sessions", c.edinburgh_officer,
                                boost::json::serialize(boost::json::object{{"starts_at", at(86400s)},
                                                                           {"ends_at", at(90000s)},
                                                                           {"place", "City Chambers"},
                                                                           {"capacity", 10}}))
                             .header("location");
    const auto booking = c.call("POST", session + "/bookings", c.provider).json();
    c.open_stage1(tender, 1800s, 3600s);
    const auto clarification =
        c.call("POST", tender + "/clarifications", c.provider, R"({"question": "May partners share a coordinator?"})")
            .json();
    const auto consortium = c.call("POST", tender + "/consortia", c.provider, R"({"name": "Pilton alone"})").header("location");
    const auto bid = c.call("POST", consortium + "/bids", c.provider, R"({"lot_id": ")" + lot + R"("})").header("location");
    const auto comment = c.call("POST", bid + "/sections/response-0/comments", c.provider, R"({"body": "Ours"})").json();
    const auto document = send(c.port(), {"POST", bid + "/documents?filename=plan.txt", "Our plan", "text/plain", c.provider, {}});
    const auto answer = c.call("POST", "/api/v1/answers", c.provider, R"({"title": "Ours", "text": "Private"})").json();
    REQUIRE(document.status == 201);
    const auto notification = c.db.scalar(
        "INSERT INTO notification (recipient_user_id, kind, link, created_at, email_state) SELECT id, 'mentioned', "
        "'/bids', now(), 'none' FROM app_user WHERE email = 'staff@pilton.example' RETURNING id");

    const std::map<std::string, std::string> ids{
        {"tender_id", id_of(tender)},
        {"lot_id", lot},
        {"session_id", id_of(session)},
        {"booking_id", std::string{booking.at("id").as_string()}},
        {"clarification_id", std::string{clarification.at("id").as_string()}},
        {"consortium_id", id_of(consortium)},
        {"organisation_id", c.provider_organisation},
        {"bid_id", id_of(bid)},
        {"document_id", std::string{document.json().at("id").as_string()}},
        {"section", "response-0"},
        {"comment_id", std::string{comment.at("id").as_string()}},
        {"answer_id", std::string{answer.at("id").as_string()}},
        {"panel_id", "00000000-0000-0000-0000-00000000000a"},
        {"award_id", "00000000-0000-0000-0000-00000000000b"},
        {"action", "cancel"},
        {"answer", "accept"},
        {"criterion", "0"},
        {"gate", "0"},
        {"version", "1"},
        {"report", "scores"},
        {"user_id", "00000000-0000-0000-0000-00000000000c"},  // admins only, who are not strangers
        {"registration_id", "00000000-0000-0000-0000-00000000000d"},  // admins only
        {"notification_id", notification},
    };
    // Strangers: Glasgow's officer, a provider outside the consortium, a panellist on no panel.
    const std::map<domain::Role, std::string> strangers{
        {domain::Role::commissioner, c.glasgow_officer},
        {domain::Role::provider, c.another_provider("Health in Mind", "staff@him.example")},
        {domain::Role::panellist, c.panellist},
    };
    // Acting on another body's published tender is what these are for, or they list
    // only the caller's own (a panellist's seats).
    const std::set<std::string> open_to_panellists{"GET /api/v1/tenders/{tender_id}/panels"};
    const std::set<std::string> open_to_providers{
        "POST /api/v1/tenders/{tender_id}/information-sessions/{session_id}/bookings",
        "GET /api/v1/tenders/{tender_id}/information-sessions/{session_id}/bookings",  // the caller's own
        "PUT /api/v1/tenders/{tender_id}/lots/{lot_id}/interest",
        "DELETE /api/v1/tenders/{tender_id}/lots/{lot_id}/interest",
        "GET /api/v1/tenders/{tender_id}/interests",  // the caller's own
        "POST /api/v1/tenders/{tender_id}/clarifications",
        "PUT /api/v1/tenders/{tender_id}/lots/{lot_id}/partner-register/mine",
        "DELETE /api/v1/tenders/{tender_id}/lots/{lot_id}/partner-register/mine",
        "GET /api/v1/tenders/{tender_id}/lots/{lot_id}/partner-register",
        "POST /api/v1/tenders/{tender_id}/consortia",
        "GET /api/v1/tenders/{tender_id}/consortia",  // the caller's own
    };

    const auto router = service::build_router();
    int checked = 0;
    for (const auto& route : router.routes()) {
        // Public notices are for everyone; admins administer the whole installation.
        if (!route.access.signed_in || route.path.find('{') == std::string::npos) continue;
        std::string path = route.path;
        for (auto open = path.find('{'); open != std::string::npos; open = path.find('{')) {
            const auto close = path.find('}', open);
            const auto name = path.substr(open + 1, close - open - 1);
            REQUIRE_MESSAGE(ids.count(name), "no id for {" << name << "} in " << route.path);
            path.replace(open, close - open + 1, ids.at(name));
        }
        const auto key = route.method + " " + route.path;
        if (path.ends_with("/diff")) path += "?from=1&to=1";  // a well-formed query, so access decides
        for (const auto& [role, token] : strangers) {
            const auto& admitted = route.access.roles;
            if (!admitted.empty() && std::find(admitted.begin(), admitted.end(), role) == admitted.end()) continue;
            if (role == domain::Role::provider && open_to_providers.count(key)) continue;
            if (role == domain::Role::panellist && open_to_panellists.count(key)) continue;
            CAPTURE(key);
            CAPTURE(domain::to_string(role));
            const auto response = send(c.port(), {route.method, path, route.method == "GET" ? "" : "{}",
                                                  "application/json", token, {{"If-Match", "\"1\""}}});
            CHECK(response.status / 100 != 2);
            if (route.method == "GET") CHECK((response.status == 403 || response.status == 404));
            ++checked;
        }
    }
    MESSAGE(checked << " route and stranger pairs refused");
    CHECK(checked >= 100);
    // And the owners still see their own, so the refusals above are not an accident of the ids.
    CHECK(c.call("GET", bid + "/sections/response-0/comments", c.provider).status == 200);
    CHECK(c.call("GET", tender + "/consortia", c.edinburgh_officer).status == 200);
    CHECK(c.call("POST", "/api/v1/notifications/" + notification + "/read", c.provider).status == 204);
}
