// The ethical commissioning checklist: edited by the owning body, versioned, with history.
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include "domain/checklist.hpp"
#include "tests/support/commissioning.hpp"

using namespace collabtender;
using namespace collabtender::test;

namespace {
std::string checklist(int score, const std::string& comment) {
    boost::json::array elements;
    for (const auto key : domain::checklist_elements)
        elements.push_back(boost::json::object{{"key", key}, {"score", score}, {"comments", comment}});
    return boost::json::serialize(boost::json::object{{"elements", std::move(elements)}});
}
}  // namespace

TEST_CASE("the checklist is saved in versions, keeping its history") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto empty = c.call("GET", tender + "/checklist", c.provider);
    REQUIRE(empty.status == 200);
    CHECK(empty.header("etag") == "\"0\"");
    CHECK(empty.json().at("elements").as_array().empty());

    CHECK(c.call("PUT", tender + "/checklist", c.edinburgh_officer, checklist(1, "Patchy")).status == 428);
    CHECK(c.call("PUT", tender + "/checklist", c.provider, checklist(1, "Patchy"), "\"0\"").status == 403);
    CHECK(c.call("PUT", tender + "/checklist", c.glasgow_officer, checklist(1, "Patchy"), "\"0\"").status == 403);
    const auto first = c.call("PUT", tender + "/checklist", c.edinburgh_officer, checklist(1, "Patchy"), "\"0\"");
    REQUIRE(first.status == 200);
    CHECK(first.header("etag") == "\"1\"");
    CHECK(first.json().at("total").as_int64() == 8);
    CHECK(first.json().at("maximum").as_int64() == 16);
    CHECK(c.call("PUT", tender + "/checklist", c.edinburgh_officer, checklist(2, "Stale"), "\"0\"").status == 412);
    REQUIRE(c.call("PUT", tender + "/checklist", c.edinburgh_officer, checklist(2, "Consistent"), "\"1\"").status == 200);

    const auto current = c.call("GET", tender + "/checklist", "").json();
    CHECK(current.at("version").as_int64() == 2);
    CHECK(current.at("elements").at(0).at("comments").as_string() == "Consistent");
    const auto history = c.call("GET", tender + "/checklist/history", c.edinburgh_officer).json().at("items").as_array();
    REQUIRE(history.size() == 2);
    CHECK(history[0].at("version").as_int64() == 2);
    CHECK(history[1].at("elements").at(0).at("comments").as_string() == "Patchy");
}

TEST_CASE("a checklist must score every element 0 to 2") {
    Commissioning c;
    const auto tender = c.draft();
    const auto bad = c.call("PUT", tender + "/checklist", c.edinburgh_officer,
                            R"({"elements": [{"key": "effective", "score": 3}]})", "\"0\"");
    CHECK(bad.status == 422);
    CHECK(contains(pointers(bad), "/elements/0/score"));
    CHECK(contains(pointers(bad), "/elements"));
    CHECK(c.call("GET", tender + "/checklist", c.provider).status == 404);  // a draft's checklist is private too
}
