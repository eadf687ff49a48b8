#include "api/awards/outcome_letter_html.hpp"

#include <doctest/doctest.h>

#include <boost/json.hpp>

#include "domain/time_format.hpp"

using namespace collabtender::api;

namespace {

boost::json::object letter() {
    return boost::json::parse(R"({
      "bid_id": "b", "dated": "2027-07-01T23:30:00Z",
      "buyer": {"name": "Fife <HSCP>", "postal_address": "Rothesay House\nGlenrothes KY7 5PQ"},
      "lead_organisation": "Pilton & Partners",
      "tender": {"reference": "FIFE-1", "title": "Support at home"},
      "lot": {"number": 2, "title": "North"},
      "consortium": "<script>alert(1)</script>", "outcome": "unsuccessful",
      "reasons": ["ranked 2 of 2"],
      "criteria": [{"title": "Outcomes", "weight": 60}, {"title": "Partnership", "weight": 40}],
      "your_scores": ["3.00", null], "your_score_bases": ["consensus", null],
      "your_weighted_score": null,
      "successful": [{"consortium": "Cyrenians", "scores": ["2.67", "4.00"], "score_bases": ["panel_mean", "consensus"],
                      "weighted_score": "80.00"}],
      "standstill_ends_at": "2027-07-11T11:00:00Z"
    })").as_object();
}

}  // namespace

TEST_CASE("dates read in UK words: the letter's day, and a time with GMT or BST") {
    CHECK(collabtender::domain::readable_date(*collabtender::domain::parse_rfc3339("2027-03-03T12:00:00Z")) == "3 March 2027");
    CHECK(collabtender::domain::readable_time(*collabtender::domain::parse_rfc3339("2027-03-03T12:00:00Z")) == "3 March 2027, 12:00 (GMT)");
    CHECK(collabtender::domain::readable_time(*collabtender::domain::parse_rfc3339("2027-07-01T12:00:00Z")) == "1 July 2027, 13:00 (BST)");
    CHECK(collabtender::domain::readable_date(*collabtender::domain::parse_rfc3339("2027-07-01T23:30:00Z")) == "2 July 2027");  // already the 2nd in Edinburgh
}

TEST_CASE("an outcome letter is headed by the buyer, dated in words, and escapes every name") {
    const auto html = outcome_letter_html(letter());
    CHECK(html.find("<strong>Fife &lt;HSCP&gt;</strong><br>Rothesay House<br>Glenrothes KY7 5PQ") != std::string::npos);
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("Lead partner: Pilton &amp; Partners") != std::string::npos);
    CHECK(html.find("<p class=\"date\">2 July 2027</p>") != std::string::npos);
    CHECK(html.find("The standstill period ends on 11 July 2027, 12:00 (BST).") != std::string::npos);
    CHECK(html.find("3.00 (agreed)") != std::string::npos);
    CHECK(html.find("2.67 (panel&#8217;s average)") != std::string::npos);
    CHECK(html.find("<td>not scored</td>") != std::string::npos);
    CHECK(html.find("Your bid was <strong>not successful</strong>") != std::string::npos);
    CHECK(html.find("tell us before the standstill period ends") != std::string::npos);
}

TEST_CASE("a buyer without an address heads its letter with its name alone") {
    auto l = letter();
    l["buyer"].as_object()["postal_address"] = nullptr;
    l["outcome"] = "successful";
    const auto html = outcome_letter_html(l);
    CHECK(html.find("<p class=\"sender\"><strong>Fife &lt;HSCP&gt;</strong></p>") != std::string::npos);
    CHECK(html.find("we will confirm the award") != std::string::npos);
}
