// The deadline's exact instant. Over sockets a request cannot be made to land on
// a given microsecond, so here the real router, handlers and database answer a
// request in-process with a clock the test sets. The bid itself is prepared
// through the running server, as a bidder would.
#include <doctest/doctest.h>

#include <future>

#include <boost/json.hpp>

#include "domain/time_format.hpp"
#include "service/dispatcher.hpp"
#include "service/routes.hpp"
#include "tests/support/commissioning.hpp"

using namespace collabtender;
using namespace collabtender::test;
using namespace std::chrono_literals;

TEST_CASE("a submission a microsecond before the deadline counts, and one at the deadline does not") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto lot = c.first_lot(tender);
    c.open_stage1(tender, 1800s, 3600s);
    const auto bid = c.lone_bid(tender, lot, c.provider, "Pilton alone");
    REQUIRE(c.call("PATCH", bid, c.provider, draft_with_rate(1400), "\"1\"").status == 200);
    c.sign_off(bid, {c.provider});
    const auto timetable = c.call("GET", tender, c.provider).json().at("timetable");
    const auto deadline = domain::parse_rfc3339(timetable.at("stage1_deadline").as_string());
    REQUIRE(deadline);

    domain::TimePoint now = *deadline;
    persistence::WorkerPool pool{{c.db.url()}, 1, 4};
    const auto router = service::build_router();
    const api::Settings settings;
    const service::StaticFiles no_client;
    const service::Dispatcher dispatcher{router, pool, settings, [&] { return now; }, no_client};
    const auto submit = [&](const std::string& key) {
        std::promise<api::Response> answered;
        const auto path = bid + "/submissions";
        api::Request request;
        request.method = "POST";
        request.path = path;
        request.headers = {{"authorization", "Bearer " + c.provider}, {"idempotency-key", key},
                           {"content-type", "application/json"}};
        request.body = declaration_body;
        request.request_id = "deadline-test";
        dispatcher.dispatch(std::move(request), dispatcher.match("POST", path), std::nullopt,
                            [&](service::Outcome outcome) { answered.set_value(std::move(outcome.response)); });
        return answered.get_future().get();
    };

    const auto at_deadline = submit("at");
    CHECK(at_deadline.status == 409);
    CHECK(boost::json::parse(at_deadline.body).at("type").as_string() == "urn:collabtender:problem:deadline-passed");
    CHECK(c.db.scalar("SELECT count(*) FROM bid_submission") == "0");

    now = *deadline - 1us;
    const auto before = submit("before");
    REQUIRE_MESSAGE(before.status == 201, before.body);
    CHECK(c.db.scalar("SELECT count(*) FROM bid_submission") == "1");
    CHECK(c.db.scalar("SELECT s.submitted_at = t.stage1_deadline - interval '1 microsecond' "
                      "FROM bid_submission s JOIN bid b ON b.id = s.bid_id JOIN tender t ON t.id = b.tender_id") == "t");
    pool.stop();
}
