// A panellist's draft score and the submission of their scoresheet, when both
// arrive at once (an autosave as they press "Submit", two tabs): whichever comes
// second must see what the first committed, or a submitted scoresheet changes
// after its submission.
#include <doctest/doctest.h>

#include <chrono>
#include <future>

#include "persistence/database.hpp"
#include "persistence/evaluation_repository.hpp"
#include "tests/support/commissioning.hpp"

using namespace collabtender;
using namespace collabtender::test;

TEST_CASE("a draft score saved while the panellist's scoresheet is being submitted waits, then is refused") {
    Commissioning c;
    const auto bid = c.bid_to_score().bid;
    for (const auto* criterion : {"0", "1"})
        REQUIRE(c.call("PUT", bid + "/my-scores/" + criterion, c.panellist, R"({"score": 3, "justification": "Sound"})")
                    .status == 200);
    const auto me = c.call("GET", "/api/v1/me", c.panellist).json();
    const domain::UserId panellist{std::string{me.at("id").as_string()}};
    const domain::BidId bid_id{id_of(bid)};

    // A submission of the scoresheet in its transaction, as app::submit_scoresheet
    // makes it, not yet committed when the panellist's autosave arrives.
    std::future<HttpResponse> save;
    persistence::Connection submitter{persistence::DatabaseConfig{c.db.url()}};
    submitter.transact([&](persistence::Tx& tx) {
        REQUIRE(persistence::scoresheet_context(tx, bid_id, panellist));
        persistence::submit_scoresheet(tx, bid_id, 1, panellist, std::chrono::system_clock::now());
        save = std::async(std::launch::async, [&] {
            return c.call("PUT", bid + "/my-scores/0", c.panellist, R"({"score": 1, "justification": "Changed"})");
        });
        c.db.wait_for_a_lock_wait();
    });

    const auto saved = save.get();
    CHECK_MESSAGE(saved.status == 409, saved.body);
    CHECK(c.db.scalar("SELECT score FROM score WHERE bid_id = '" + id_of(bid) + "' AND criterion = 0") == "3");
}
