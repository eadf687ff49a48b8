// Two service instances on one database, the way the service scales out: start-up
// migrations, idempotency keys, concurrent submissions and the deadline hold
// across instances, because every rule lives in the database's transactions.
#include <doctest/doctest.h>

#include <future>
#include <thread>

#include <boost/json.hpp>

#include "persistence/migrations.hpp"
#include "tests/support/commissioning.hpp"

using namespace collabtender;
using namespace collabtender::test;
using namespace std::chrono_literals;

TEST_CASE("two instances starting together on an empty database migrate it once, and both become ready") {
    TestDatabase db;
    // Each answers /healthz at once and migrates in the background, so the two migrations overlap.
    ServerProcess a{db.url()};
    ServerProcess b{db.url()};
    for (const auto* server : {&a, &b}) {
        bool ready = false;
        for (int i = 0; i < 100 && !ready; ++i) {
            ready = get(server->port(), "/readyz").status == 200;
            if (!ready) std::this_thread::sleep_for(100ms);
        }
        CHECK(ready);
    }
    CHECK(db.scalar("SELECT count(*) FROM schema_migration") == std::to_string(persistence::latest_migration_version()));
}

TEST_CASE("across two instances a key submits once, members' submissions get distinct versions, and the deadline holds") {
    Commissioning c;
    ServerProcess other{c.db.url()};
    const auto tender = c.published_pin();
    const auto lot = c.first_lot(tender);
    c.open_stage1(tender, 1h, 2h);
    const auto bid = c.lone_bid(tender, lot, c.provider, "Pilton alone");
    REQUIRE(c.call("PATCH", bid, c.provider, draft_with_rate(1400), "\"1\"").status == 200);
    c.sign_off(bid, {c.provider});
    const auto submit = [&](std::uint16_t port, const std::string& key) {
        return send(port, {"POST", bid + "/submissions", declaration_body, "application/json", c.provider, {{"Idempotency-Key", key}}});
    };

    for (int i = 0; i < 10; ++i) {
        const auto key = "same-" + std::to_string(i);
        auto here = std::async(std::launch::async, [&] { return submit(c.port(), key); });
        auto there = std::async(std::launch::async, [&] { return submit(other.port(), key); });
        const auto one = here.get();
        const auto two = there.get();
        REQUIRE(one.status / 100 == 2);
        REQUIRE(two.status / 100 == 2);
        CHECK(one.json().at("version") == two.json().at("version"));
        CHECK(one.json().at("sha256") == two.json().at("sha256"));
        auto distinct_here = std::async(std::launch::async, [&] { return submit(c.port(), key + "-a"); });
        auto distinct_there = std::async(std::launch::async, [&] { return submit(other.port(), key + "-b"); });
        CHECK(distinct_here.get().json().at("version") != distinct_there.get().json().at("version"));
    }
    CHECK(c.db.scalar("SELECT count(*) FROM bid_submission") == "30");
    CHECK(c.db.scalar("SELECT count(DISTINCT version) FROM bid_submission") == "30");

    // Past the deadline on both instances' clocks.
    for (const auto* server : {c.server.get(), &other}) server->pass_time(2h + 1s);
    for (const auto port : {c.port(), other.port()}) {
        const auto late = submit(port, "late-" + std::to_string(port));
        CHECK(late.status == 409);
        CHECK(late.json().at("type").as_string() == "urn:collabtender:problem:deadline-passed");
    }
    CHECK(c.db.scalar("SELECT count(*) FROM bid_submission") == "30");
}

// Moderation from two instances at once: the chair through one, a commissioner
// through the other, on the same criterion. Each consensus is decided under the
// bid's row lock, so no update is lost: each recorded consensus names, as the one
// it replaced, the consensus recorded just before it.
TEST_CASE("across two instances moderation of one criterion loses no update") {
    Commissioning c;
    ServerProcess other{c.db.url()};
    const auto tender = c.published_pin();
    const auto lot = c.first_lot(tender);
    c.open_stage1(tender, 1h, 2h);
    const auto bid = c.submitted_bid(tender, lot, c.provider, "Pilton alone");
    for (const auto* server : {c.server.get(), &other}) server->pass_time(2h + 1s);  // past the stage-1 deadline
    REQUIRE(c.call("POST", tender + "/actions/close_stage1", c.edinburgh_officer).status == 200);
    c.score_bids(tender, {bid});

    const auto record = [&](std::uint16_t port, const std::string& token, int score) {
        return send(port, {"PUT", bid + "/consensus/0", R"({"score": )" + std::to_string(score) + R"(, "rationale": "Agreed"})",
                           "application/json", token, {}});
    };
    constexpr int rounds = 10;
    for (int i = 0; i < rounds; ++i) {
        auto chair = std::async(std::launch::async, [&] { return record(c.port(), c.panellist, i % 5); });
        auto officer = std::async(std::launch::async, [&] { return record(other.port(), c.edinburgh_officer, (i + 2) % 5); });
        REQUIRE(chair.get().status == 200);
        REQUIRE(officer.get().status == 200);
    }

    const auto trail = c.call("GET", tender + "/audit?limit=100", c.edinburgh_officer).json();
    std::vector<boost::json::object> recorded;
    for (const auto& event : trail.at("items").as_array())
        if (event.at("action").as_string() == "consensus.record") recorded.push_back(event.as_object());
    REQUIRE(recorded.size() == 2 * rounds);
    CHECK(recorded.front().at("before").is_null());
    for (std::size_t i = 1; i < recorded.size(); ++i)
        CHECK(recorded[i].at("before").at("score") == recorded[i - 1].at("after").at("score"));
    const auto scores = c.call("GET", bid + "/scores", c.edinburgh_officer).json();
    CHECK(scores.at("criteria").at(0).at("consensus").at("score") == recorded.back().at("after").at("score"));
    CHECK(c.call("GET", "/api/v1/audit/verify?tender_id=" + id_of(tender), c.edinburgh_officer).json().at("intact").as_bool());
}
