// Conflicts pre-flagged from panellists' recorded links, over HTTP: a flagged
// panellist cannot declare "no conflict" until the commissioner clears the flag
// with a reason, and the commissioner sees the flags beside the declarations.
#include <doctest/doctest.h>

#include <map>

#include <boost/json.hpp>

#include "tests/support/commissioning.hpp"

using namespace collabtender::test;
using namespace std::chrono_literals;

TEST_CASE("a panellist linked to a partner cannot clear their own conflict, and only the commissioner can") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto lot = c.first_lot(tender);
    const auto cyrenians = c.another_provider("Cyrenians", "staff@cyrenians.example");
    c.open_stage1(tender, 1h, 2h);
    const auto pilton_bid = c.submitted_bid(tender, lot, c.provider, "Pilton alone");
    const auto cyrenians_bid = c.submitted_bid(tender, lot, cyrenians, "Cyrenians");

    // The panellist finds Pilton and records that they volunteer there.
    const auto found = c.call("GET", "/api/v1/organisations?kind=provider&q=Pilton", c.panellist).json();
    REQUIRE(found.at("items").as_array().size() == 1);
    const auto links = "/api/v1/me/organisation-links";
    CHECK(contains(pointers(c.call("PUT", links, c.panellist,
                                   R"({"links": [{"organisation_id": ")" + c.provider_organisation + R"(", "kind": "friend"}]})")),
                   "/links/0/kind"));
    CHECK(contains(pointers(c.call("PUT", links, c.panellist,
                                   R"({"links": [{"organisation_id": "00000000-0000-0000-0000-000000000000", "kind": "other"}]})")),
                   "/links/0/organisation_id"));
    CHECK(c.call("GET", links, c.provider).status == 403);
    const auto recorded = c.call("PUT", links, c.panellist,
                                 R"({"links": [{"organisation_id": ")" + c.provider_organisation +
                                     R"(", "kind": "volunteer", "note": "Tuesday lunch club"}]})");
    REQUIRE_MESSAGE(recorded.status == 200, recorded.body);
    CHECK(recorded.json().at("links").at(0).at("organisation").as_string() == "Pilton Community Health Project");
    CHECK(recorded.json().at("links").at(0).at("registered").as_bool());

    c.server->pass_time(2h + 1s);  // past the stage-1 deadline
    REQUIRE(c.call("POST", tender + "/actions/close_stage1", c.edinburgh_officer).status == 200);
    const auto me = c.call("GET", "/api/v1/me", c.panellist).json();
    const auto user = std::string{me.at("id").as_string()};
    const auto panel = c.call("POST", tender + "/panels", c.edinburgh_officer,
                              boost::json::serialize(boost::json::object{
                                  {"name", "Tender panel"},
                                  {"members", {{{"user_id", user}, {"kind", "lived_experience"}, {"chair", true}}}}}))
                           .header("location");

    // The commissioner reads the panel's links; the panellist's fellow members do not.
    const auto seated = c.call("GET", panel, c.edinburgh_officer).json();
    CHECK(seated.at("members").at(0).at("links").at(0).at("note").as_string() == "Tuesday lunch club");
    CHECK_FALSE(c.call("GET", panel, c.panellist).json().at("members").at(0).as_object().contains("links"));

    // The panellist sees which bid is flagged, and why, before declaring.
    const auto listed = c.call("GET", panel + "/bids", c.panellist).json();
    for (const auto& item : listed.at("items").as_array()) {
        const bool pilton = item.at("bid_id").as_string() == id_of(pilton_bid);
        CHECK(item.at("my_pre_flag").is_null() == !pilton);
        if (pilton) CHECK(item.at("my_pre_flag").at("links").at(0).at("kind").as_string() == "volunteer");
    }
    const auto no_conflict = R"({"conflicted": false})";
    const auto refused = c.call("PUT", pilton_bid + "/conflict-declaration", c.panellist, no_conflict);
    CHECK(refused.status == 409);
    CHECK(refused.json().at("type").as_string() == "urn:collabtender:problem:conflict-pre-flagged");
    CHECK(refused.json().at("detail").as_string().find("Pilton Community Health Project") != std::string::npos);
    CHECK(c.call("PUT", cyrenians_bid + "/conflict-declaration", c.panellist, no_conflict).status == 200);

    // The commissioner sees the flag beside the declarations, and alone may clear it.
    const auto scores = c.call("GET", pilton_bid + "/scores", c.edinburgh_officer).json();
    const auto& flag = scores.at("panellists").at(0).at("pre_flag");
    REQUIRE(flag.is_object());
    CHECK(flag.at("links").at(0).at("organisation").as_string() == "Pilton Community Health Project");
    CHECK_FALSE(flag.at("cleared").as_bool());
    const auto uncleared = [&] {
        std::map<std::string, std::int64_t> out;
        const auto overview = c.call("GET", panel + "/bids", c.edinburgh_officer).json();
        for (const auto& item : overview.at("items").as_array())
            out[std::string{item.at("bid_id").as_string()}] = item.at("pre_flags_uncleared").as_int64();
        return out;
    };
    CHECK(uncleared()[id_of(pilton_bid)] == 1);
    CHECK(uncleared()[id_of(cyrenians_bid)] == 0);
    const auto clearance = pilton_bid + "/conflict-flags/" + user + "/clearance";
    const auto reason = R"({"reason": "The lunch club is not part of this service."})";
    CHECK(c.call("POST", clearance, c.panellist, reason).status == 403);
    CHECK(c.call("POST", clearance, c.glasgow_officer, reason).status / 100 == 4);
    CHECK(c.call("POST", cyrenians_bid + "/conflict-flags/" + user + "/clearance", c.edinburgh_officer, reason).status == 409);
    CHECK(contains(pointers(c.call("POST", clearance, c.edinburgh_officer, R"({"reason": ""})")), "/reason"));
    const auto cleared = c.call("POST", clearance, c.edinburgh_officer, reason);
    REQUIRE_MESSAGE(cleared.status == 200, cleared.body);
    CHECK(cleared.json().at("cleared").as_bool());
    CHECK(cleared.json().at("cleared_by").at("display_name").as_string() ==
          c.call("GET", "/api/v1/me", c.edinburgh_officer).json().at("display_name").as_string());
    CHECK(uncleared()[id_of(pilton_bid)] == 0);

    // A clearance made in error is withdrawn while the panellist has not answered:
    // the flag stands again, and "no conflict" is refused again.
    CHECK(c.call("DELETE", clearance, c.panellist).status == 403);
    CHECK(c.call("DELETE", clearance, c.glasgow_officer).status / 100 == 4);
    const auto withdrawn = c.call("DELETE", clearance, c.edinburgh_officer);
    REQUIRE_MESSAGE(withdrawn.status == 200, withdrawn.body);
    CHECK_FALSE(withdrawn.json().at("cleared").as_bool());
    CHECK(withdrawn.json().at("cleared_by").is_null());
    CHECK(uncleared()[id_of(pilton_bid)] == 1);
    CHECK(c.call("PUT", pilton_bid + "/conflict-declaration", c.panellist, no_conflict).status == 409);
    CHECK(c.call("DELETE", clearance, c.edinburgh_officer).json().at("type").as_string() ==
          "urn:collabtender:problem:not-cleared");
    CHECK(c.db.scalar("SELECT count(*) FROM audit_event WHERE event LIKE '%conflict.withdraw_clearance%'") == "1");

    // Cleared again, and once the panellist has answered relying on it, it stays.
    REQUIRE(c.call("POST", clearance, c.edinburgh_officer, reason).status == 200);
    CHECK(c.call("PUT", pilton_bid + "/conflict-declaration", c.panellist, no_conflict).status == 200);
    const auto answered = c.call("DELETE", clearance, c.edinburgh_officer);
    CHECK(answered.status == 409);
    CHECK(answered.json().at("type").as_string() == "urn:collabtender:problem:panellist-answered");
    const auto after = c.call("GET", pilton_bid + "/scores", c.edinburgh_officer).json();
    CHECK(after.at("panellists").at(0).at("pre_flag").at("clearance_reason").as_string() ==
          "The lunch club is not part of this service.");
}

TEST_CASE("a panellist records links to commissioning bodies and to organisations not registered here") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto links = "/api/v1/me/organisation-links";
    // The panellist's own organisation (Edinburgh's partnership) is not offered.
    const auto bodies = c.call("GET", "/api/v1/organisations?kind=commissioning_body&q=HSCP", c.panellist).json();
    REQUIRE(bodies.at("items").as_array().size() == 1);
    CHECK(bodies.at("items").at(0).at("name").as_string() == "Glasgow HSCP");
    const auto glasgow = std::string{bodies.at("items").at(0).at("id").as_string()};

    // One of the two, never both or neither, and a name of reasonable length.
    const auto both = c.call("PUT", links, c.panellist,
                             R"({"links": [{"organisation_id": ")" + glasgow +
                                 R"(", "organisation_name": "Leith Lunch Club", "kind": "volunteer"}]})");
    CHECK(contains(pointers(both), "/links/0/organisation_name"));
    CHECK(contains(pointers(c.call("PUT", links, c.panellist, R"({"links": [{"kind": "volunteer"}]})")),
                   "/links/0/organisation_id"));
    CHECK(contains(pointers(c.call("PUT", links, c.panellist,
                                   R"({"links": [{"organisation_name": ")" + std::string(301, 'x') + R"(", "kind": "other"}]})")),
                   "/links/0/organisation_name"));
    CHECK(contains(pointers(c.call("PUT", links, c.panellist, R"({"links": [{"organisation_name": "  ", "kind": "other"}]})")),
                   "/links/0/organisation_name"));

    const auto recorded = c.call("PUT", links, c.panellist,
                                 R"({"links": [{"organisation_name": "Leith Lunch Club", "kind": "volunteer", "note": "Fridays"},
                                               {"organisation_id": ")" + glasgow + R"(", "kind": "employer"}]})");
    REQUIRE_MESSAGE(recorded.status == 200, recorded.body);
    const auto listed = c.call("GET", links, c.panellist).json();
    CHECK(listed == recorded.json());
    const auto& items = listed.at("links").as_array();
    REQUIRE(items.size() == 2);
    CHECK(items[0].at("organisation").as_string() == "Glasgow HSCP");  // by name
    CHECK(items[0].at("registered").as_bool());
    CHECK(items[0].at("organisation_kind").as_string() == "commissioning_body");
    CHECK(items[1].at("organisation").as_string() == "Leith Lunch Club");
    CHECK(items[1].at("organisation_id").is_null());
    CHECK_FALSE(items[1].at("registered").as_bool());
    CHECK(items[1].at("organisation_kind").is_null());
    CHECK(items[1].at("note").as_string() == "Fridays");

    // The commissioners of the panellist's panel read both, to judge for themselves.
    const auto me = c.call("GET", "/api/v1/me", c.panellist).json();
    const auto panel = c.call("POST", tender + "/panels", c.edinburgh_officer,
                              boost::json::serialize(boost::json::object{
                                  {"name", "Tender panel"},
                                  {"members", {{{"user_id", me.at("id")}, {"kind", "lived_experience"}, {"chair", true}}}}}));
    REQUIRE_MESSAGE(panel.status == 201, panel.body);
    const auto seated = c.call("GET", panel.header("location"), c.edinburgh_officer).json();
    CHECK(seated.at("members").at(0).at("links") == listed.at("links"));

    // Replacing the list replaces both kinds of link.
    REQUIRE(c.call("PUT", links, c.panellist, R"({"links": []})").status == 200);
    CHECK(c.call("GET", links, c.panellist).json().at("links").as_array().empty());
}
