// Installation settings over HTTP: admins set them, each change audited; the Real
// Living Wage is what a Fair Work First gate naming no rate asks for, and the
// invitation lifetime how long an invitation's link works.
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include "tests/support/accounts.hpp"
#include "tests/support/commissioning.hpp"

using namespace collabtender::test;

namespace {

constexpr const char* fair_work_without_rate = R"({"gates": [{"kind": "fair_work_first", "parameters": {}}]})";

}  // namespace

TEST_CASE("an admin sets the Real Living Wage, which a Fair Work First gate naming no rate asks for") {
    WithAdmin c;
    const auto& admin = c.admin;
    const auto path = c.draft();

    // With no rate set, a gate must name its own.
    const auto unset = c.call("PUT", path + "/gates", c.edinburgh_officer, fair_work_without_rate, "\"1\"");
    CHECK(unset.status == 422);
    CHECK(contains(pointers(unset), "/gates/0/parameters/minimum_hourly_rate_pence"));
    CHECK(c.call("GET", "/api/v1/settings", admin).json().at("real_living_wage_pence").is_null());

    CHECK(c.call("PATCH", "/api/v1/settings", c.edinburgh_officer, R"({"real_living_wage_pence": 1345})").status ==
          403);
    const auto out_of_range = c.call("PATCH", "/api/v1/settings", admin,
                                     R"({"real_living_wage_pence": 13450, "invitation_lifetime_days": 0})");
    CHECK(out_of_range.status == 422);
    CHECK(contains(pointers(out_of_range), "/real_living_wage_pence"));
    CHECK(contains(pointers(out_of_range), "/invitation_lifetime_days"));
    const auto set = c.call("PATCH", "/api/v1/settings", admin, R"({"real_living_wage_pence": 1345})");
    REQUIRE_MESSAGE(set.status == 200, set.body);
    const auto settings = set.json();
    CHECK(settings.at("real_living_wage_pence").as_int64() == 1345);
    CHECK(settings.at("changes").at("real_living_wage_pence").at("changed_by_name").as_string() != "");
    CHECK(c.db.scalar("SELECT count(*) FROM audit_event WHERE event LIKE '%\"settings.change\"%' "
                      "AND event LIKE '%real_living_wage_pence%'") == "1");

    // The gate takes the rate as it is when set: a later rate changes no gate already set.
    REQUIRE(c.call("PUT", path + "/gates", c.edinburgh_officer, fair_work_without_rate, "\"1\"").status == 200);
    REQUIRE(c.call("PATCH", "/api/v1/settings", admin, R"({"real_living_wage_pence": 1400})").status == 200);
    const auto gates = c.call("GET", path + "/gates", c.edinburgh_officer).json();
    CHECK(gates.at("gates").at(0).at("parameters").at("minimum_hourly_rate_pence").as_int64() == 1345);
}

TEST_CASE("the invitation lifetime is how long an invitation's link works") {
    WithAdmin c;
    const auto& admin = c.admin;
    REQUIRE(c.call("PATCH", "/api/v1/settings", admin, R"({"invitation_lifetime_days": 2})").status == 200);
    const auto invited = c.call("POST", "/api/v1/users/invitations", admin,
                                R"({"email": "jo@edinburgh.example", "display_name": "Jo", "role": "panellist"})");
    REQUIRE_MESSAGE(invited.status == 201, invited.body);
    CHECK(c.db.scalar("SELECT round(extract(epoch FROM expires_at - created_at) / 3600) FROM account_token") == "48");
}
