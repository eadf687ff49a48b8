// The PIN's information sessions (capacity, waiting list, cancellation) and
// providers' registered interest in lots, over HTTP.
#include <doctest/doctest.h>

#include <future>

#include <boost/json.hpp>

#include "tests/support/commissioning.hpp"

using namespace collabtender::test;
using namespace std::chrono_literals;

namespace {

std::string session_body(int capacity, const std::string& starts = at(86400s), const std::string& ends = at(90000s)) {
    return boost::json::serialize(boost::json::object{{"starts_at", starts},
                                                      {"ends_at", ends},
                                                      {"place", "Edinburgh City Chambers"},
                                                      {"online_link", "https://meet.example/pin"},
                                                      {"capacity", capacity}});
}

std::string session_path(const Commissioning& c, const std::string& tender, int capacity) {
    const auto created = c.call("POST", tender + "/information-sessions", c.edinburgh_officer, session_body(capacity));
    REQUIRE_MESSAGE(created.status == 201, created.body);
    return created.header("location");
}

}  // namespace

TEST_CASE("information sessions are checked and published with the notice") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto past = c.call("POST", tender + "/information-sessions", c.edinburgh_officer,
                             session_body(10, at(-3600s), at(3600s)));
    CHECK(past.status == 422);
    CHECK(contains(pointers(past), "/starts_at"));
    const auto nowhere = c.call("POST", tender + "/information-sessions", c.edinburgh_officer,
                                R"({"starts_at": ")" + at(86400s) + R"(", "ends_at": ")" + at(80000s) +
                                    R"(", "online_link": "http://insecure.example", "capacity": 0})");
    CHECK(nowhere.status == 422);
    const auto found = pointers(nowhere);
    CHECK(contains(found, "/ends_at"));
    CHECK(contains(found, "/online_link"));
    CHECK(contains(found, "/capacity"));
    CHECK(c.call("POST", tender + "/information-sessions", c.provider, session_body(10)).status == 403);
    CHECK(c.call("POST", tender + "/information-sessions", c.glasgow_officer, session_body(10)).status == 403);

    session_path(c, tender, 60);
    const auto listed = c.call("GET", tender + "/information-sessions", "").json().at("items").as_array();
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].at("capacity").as_int64() == 60);
    CHECK(listed[0].at("seats_free").as_int64() == 60);
}

TEST_CASE("seats are confirmed up to capacity, then people wait in order") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto session = session_path(c, tender, 2);
    const auto second = c.another_provider("Canongate Youth", "staff@canongate.example");
    const auto third = c.another_provider("Health in Mind", "staff@hIM.example");

    const auto a = c.call("POST", session + "/bookings", c.provider);
    const auto b = c.call("POST", session + "/bookings", second);
    const auto w = c.call("POST", session + "/bookings", third);
    REQUIRE(a.status == 201);
    CHECK(a.json().at("status").as_string() == "confirmed");
    CHECK(b.json().at("status").as_string() == "confirmed");
    CHECK(w.json().at("status").as_string() == "waiting");
    CHECK(w.json().at("waiting_position").as_int64() == 1);
    CHECK(c.call("POST", session + "/bookings", c.provider).status == 409);  // one seat each
    CHECK(c.call("POST", session + "/bookings", c.edinburgh_officer).status == 403);

    const auto seats = c.call("GET", tender + "/information-sessions", c.provider).json().at("items").at(0);
    CHECK(seats.at("seats_taken").as_int64() == 2);
    CHECK(seats.at("waiting").as_int64() == 1);
    // Each provider sees its own booking in the listing, and nobody else's.
    CHECK(seats.at("my_booking").at("id").as_string() == a.json().at("id").as_string());
    const auto waiting = c.call("GET", tender + "/information-sessions", third).json().at("items").at(0).at("my_booking");
    CHECK(waiting.at("status").as_string() == "waiting");
    CHECK(waiting.at("waiting_position").as_int64() == 1);
    const auto outsider = c.another_provider("Cyrenians", "staff@cyrenians.example");
    CHECK(c.call("GET", tender + "/information-sessions", outsider).json().at("items").at(0).at("my_booking").is_null());
    CHECK_FALSE(c.call("GET", tender + "/information-sessions", "").json().at("items").at(0).as_object().contains("my_booking"));

    // Who sees whose bookings.
    CHECK(c.call("GET", session + "/bookings", c.edinburgh_officer).json().at("items").as_array().size() == 3);
    const auto own = c.call("GET", session + "/bookings", c.provider).json().at("items").as_array();
    REQUIRE(own.size() == 1);
    CHECK(own[0].at("organisation_id").as_string() == c.provider_organisation);
    CHECK(c.call("GET", session + "/bookings", c.glasgow_officer).status == 403);
    CHECK(c.call("GET", session + "/bookings", c.panellist).status == 403);

    // A provider cannot cancel another's booking; cancelling a confirmed seat promotes the first waiting.
    const auto a_path = session + "/bookings/" + std::string{a.json().at("id").as_string()};
    CHECK(c.call("DELETE", a_path, second).status == 404);
    CHECK(c.call("DELETE", a_path, c.provider).status == 204);
    const auto promoted = c.call("GET", session + "/bookings", third).json().at("items").at(0);
    CHECK(promoted.at("status").as_string() == "confirmed");
    CHECK(c.call("DELETE", a_path, c.provider).status == 404);
}

TEST_CASE("capacity holds when many book at once") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto session = session_path(c, tender, 3);
    std::vector<std::string> tokens{c.provider};
    for (int i = 0; i < 7; ++i)
        tokens.push_back(c.another_provider("Provider " + std::to_string(i), "p" + std::to_string(i) + "@example.scot"));
    std::vector<std::future<HttpResponse>> bookings;
    for (const auto& token : tokens)
        bookings.push_back(std::async(std::launch::async, [&, token] { return c.call("POST", session + "/bookings", token); }));
    int confirmed = 0, waiting = 0;
    for (auto& booking : bookings) {
        const auto response = booking.get();
        REQUIRE(response.status == 201);
        (response.json().at("status").as_string() == "confirmed" ? confirmed : waiting)++;
    }
    CHECK(confirmed == 3);
    CHECK(waiting == 5);
    CHECK(c.db.scalar("SELECT count(*) FROM session_booking WHERE status = 'confirmed'") == "3");
}

TEST_CASE("bookings need a published tender and a session that has not started") {
    Commissioning c;
    const auto draft = c.draft();
    const auto session = c.call("POST", draft + "/information-sessions", c.edinburgh_officer, session_body(5));
    REQUIRE(session.status == 201);
    CHECK(c.call("POST", session.header("location") + "/bookings", c.provider).status == 404);  // a draft is not visible
    c.db.exec("UPDATE information_session SET starts_at = now() - interval '1 minute'");
    c.call("POST", draft + "/lots", c.edinburgh_officer, lot_body(1));
    REQUIRE(c.call("POST", draft + "/actions/publish_pin", c.edinburgh_officer).status == 200);
    const auto late = c.call("POST", session.header("location") + "/bookings", c.provider);
    CHECK(late.status == 409);
    CHECK(late.json().at("type").as_string() == "urn:collabtender:problem:bookings-closed");
}

TEST_CASE("cancelling a session removes its bookings") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto session = session_path(c, tender, 5);
    REQUIRE(c.call("POST", session + "/bookings", c.provider).status == 201);
    CHECK(c.call("DELETE", session, c.glasgow_officer).status == 403);
    CHECK(c.call("DELETE", session, c.edinburgh_officer).status == 204);
    CHECK(c.db.scalar("SELECT count(*) FROM session_booking") == "0");
}

TEST_CASE("providers register interest in lots, and see only their own") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto lot = std::string{c.call("GET", tender + "/lots", c.provider).json().at("items").at(0).at("id").as_string()};
    const auto interest = tender + "/lots/" + lot + "/interest";
    CHECK(c.call("PUT", interest, c.provider).status == 204);
    CHECK(c.call("PUT", interest, c.provider).status == 204);  // idempotent
    const auto other = c.another_provider("Canongate Youth", "staff@canongate.example");
    CHECK(c.call("PUT", interest, other).status == 204);
    CHECK(c.call("PUT", interest, c.edinburgh_officer).status == 403);

    CHECK(c.call("GET", tender + "/interests", c.edinburgh_officer).json().at("items").as_array().size() == 2);
    const auto own = c.call("GET", tender + "/interests", c.provider).json().at("items").as_array();
    REQUIRE(own.size() == 1);
    CHECK(own[0].at("organisation_id").as_string() == c.provider_organisation);
    CHECK(own[0].at("lot_number").as_int64() == 1);
    CHECK(c.call("GET", tender + "/interests", c.glasgow_officer).status == 403);

    CHECK(c.call("DELETE", interest, c.provider).status == 204);
    CHECK(c.call("DELETE", interest, c.provider).status == 404);
    CHECK(c.call("POST", tender + "/actions/cancel", c.edinburgh_officer, R"({"reason": "Withdrawn"})").status == 200);
    CHECK(c.call("PUT", interest, c.provider).status == 409);
}
