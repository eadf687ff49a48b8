// The route table's access rules, enforced for every route: without a token,
// signed-in routes answer 401; with a role a route does not admit, 403. Read from
// the same table the server is built from, so a new route is covered at once.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "service/routes.hpp"
#include "tests/support/accounts.hpp"
#include "tests/support/http_client.hpp"
#include "tests/support/server_process.hpp"
#include "tests/support/test_database.hpp"

using namespace collabtender;
using namespace collabtender::test;

namespace {

// Any well-formed id: access is decided before anything is looked up.
std::string concrete(std::string path) {
    for (auto open = path.find('{'); open != std::string::npos; open = path.find('{'))
        path.replace(open, path.find('}', open) - open + 1, "00000000-0000-0000-0000-000000000000");
    return path;
}

}  // namespace

TEST_CASE("every route enforces its access rule") {
    TestDatabase db;
    db.migrate();
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

    const auto router = service::build_router([] { return std::string{}; });
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
}
