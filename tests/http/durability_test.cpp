// Nothing acknowledged is lost: under a steady load of bid submissions and
// section saves the service is killed with SIGKILL, restarted on the same
// database, and every write that got a 2xx must be there, exactly as answered,
// with nothing half-written beside it. Rounds: COLLABTENDER_KILL_ROUNDS (3 in
// deploy/test; tests/soak/run asks for many).
#include <doctest/doctest.h>

#include <signal.h>

#include <atomic>
#include <cstdlib>
#include <mutex>
#include <thread>

#include <boost/json.hpp>

#include "tests/support/commissioning.hpp"

using namespace collabtender::test;
using namespace std::chrono_literals;

namespace {

int kill_rounds() {
    const char* text = std::getenv("COLLABTENDER_KILL_ROUNDS");
    return text ? std::max(1, std::atoi(text)) : 3;
}

struct Acknowledged {
    std::mutex mutex;
    std::map<std::string, std::pair<std::int64_t, std::string>> submissions;  // key: version, sha256
    std::map<std::string, std::pair<std::int64_t, std::string>> saves;        // section: last version, its text
    int saves_acknowledged = 0;
    int unanswered = 0;  // requests cut off by the kill: they may or may not have committed
};

}  // namespace

TEST_CASE("after kill -9 under load every acknowledged write is present and nothing is half-written") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto lot = c.first_lot(tender);
    c.open_stage1(tender, 3000s, 3600s);
    // One bid is submitted again and again; another consortium's bid is written section by section.
    const auto submitted = c.lone_bid(tender, lot, c.provider, "Pilton alone");
    REQUIRE(c.call("PATCH", submitted, c.provider, draft_with_rate(1400), "\"1\"").status == 200);
    c.sign_off(submitted, {c.provider});
    const auto writer = c.another_provider("Canongate Youth", "staff@canongate.example");
    const auto written = c.lone_bid(tender, lot, writer, "Canongate alone");

    Acknowledged acknowledged;
    int requests = 0;
    for (int round = 0; round < kill_rounds(); ++round) {
        CAPTURE(round);
        std::atomic<bool> stop{false};
        std::atomic<int> sent{0};
        const auto port = c.port();
        std::vector<std::thread> load;
        for (int w = 0; w < 2; ++w)
            load.emplace_back([&, w] {
                for (int i = 0; !stop; ++i) {
                    const auto key = "r" + std::to_string(round) + "w" + std::to_string(w) + "i" + std::to_string(i);
                    ++sent;
                    try {
                        const auto r = send(port, {"POST", submitted + "/submissions", declaration_body, "application/json", c.provider,
                                                   {{"Idempotency-Key", key}}});
                        if (r.status == 0) throw std::runtime_error{"no answer"};
                        if (r.status / 100 != 2) continue;
                        std::lock_guard lock{acknowledged.mutex};
                        acknowledged.submissions[key] = {r.json().at("version").as_int64(),
                                                         std::string{r.json().at("sha256").as_string()}};
                    } catch (const std::exception&) {
                        std::lock_guard lock{acknowledged.mutex};
                        ++acknowledged.unanswered;
                        return;
                    }
                }
            });
        // Saves go on from the section's version as stored: a save cut off by the
        // last kill may have committed without being acknowledged.
        const auto sections = c.call("GET", written + "/sections", writer).json().at("items");
        for (const int position : {0, 1})
            load.emplace_back([&, position, version = sections.at(position).at("versions").as_int64()]() mutable {
                const auto section = "response-" + std::to_string(position);
                for (int i = 0; !stop; ++i) {
                    const auto text = "Round " + std::to_string(round) + ", save " + std::to_string(i);
                    ++sent;
                    try {
                        const auto r = send(port, {"PUT", written + "/sections/" + section + "/content",
                                                   R"({"content": ")" + text + R"("})", "application/json", writer,
                                                   {{"If-Match", "\"" + std::to_string(version) + "\""}}});
                        if (r.status == 0) throw std::runtime_error{"no answer"};
                        if (r.status != 200) continue;
                        ++version;
                        std::lock_guard lock{acknowledged.mutex};
                        acknowledged.saves[section] = {version, text};
                        ++acknowledged.saves_acknowledged;
                    } catch (const std::exception&) {
                        std::lock_guard lock{acknowledged.mutex};
                        ++acknowledged.unanswered;
                        return;
                    }
                }
            });
        std::this_thread::sleep_for(1500ms + std::chrono::milliseconds{(round * 137) % 700});
        c.server->signal(SIGKILL);
        c.server->wait_for_exit(10);
        stop = true;
        for (auto& t : load) t.join();
        requests += sent;
        c.server = std::make_unique<ServerProcess>(c.db.url());
    }

    // Every acknowledged submission is there, as its receipt said.
    for (const auto& [key, receipt] : acknowledged.submissions) {
        CAPTURE(key);
        CHECK(c.db.scalar("SELECT version || ' ' || sha256 FROM bid_submission WHERE idempotency_key = '" + key + "'") ==
              std::to_string(receipt.first) + " " + receipt.second);
    }
    const auto stored = std::stoll(c.db.scalar("SELECT count(*) FROM bid_submission"));
    CHECK(stored >= static_cast<long long>(acknowledged.submissions.size()));
    CHECK(stored - static_cast<long long>(acknowledged.submissions.size()) <= acknowledged.unanswered);
    // Every acknowledged save is there; a later one only if its answer was cut off.
    for (const auto& [section, save] : acknowledged.saves) {
        CAPTURE(section);
        const auto versions = std::stoll(c.db.scalar(
            "SELECT count(*) FROM bid_section_version WHERE section = '" + section + "' AND bid_id = '" + id_of(written) + "'"));
        CHECK(versions >= save.first);
        CHECK(versions - save.first <= acknowledged.unanswered);
        CHECK(c.db.scalar("SELECT content #>> '{}' FROM bid_section_version WHERE section = '" + section +
                          "' AND bid_id = '" + id_of(written) + "' AND version = " + std::to_string(save.first)) ==
              save.second);
    }
    // Nothing half-written: each submission has its audit event and its section versions, each save its
    // audit event, and the chain is whole.
    CHECK(c.db.scalar("SELECT count(*) FROM bid_submission s WHERE NOT EXISTS (SELECT 1 FROM audit_event e "
                      "WHERE e.event::jsonb ->> 'action' = 'bid.submit' "
                      "AND e.event::jsonb -> 'after' ->> 'submission_id' = s.id::text)") == "0");
    CHECK(c.db.scalar("SELECT count(*) FROM audit_event WHERE event::jsonb ->> 'action' = 'section.save'") ==
          c.db.scalar("SELECT count(*) FROM bid_section_version WHERE bid_id = '" + id_of(written) + "'"));
    const auto verified = c.call("GET", "/api/v1/audit/verify?tender_id=" + id_of(tender), c.edinburgh_officer);
    CHECK(verified.json().at("intact").as_bool());
    MESSAGE(kill_rounds() << " kills, " << requests << " writes sent, " << acknowledged.submissions.size()
                          << " submissions and " << acknowledged.saves_acknowledged << " section saves acknowledged, "
                          << acknowledged.unanswered << " cut off by a kill, 0 acknowledged writes lost");
    CHECK(acknowledged.submissions.size() > 0);
}
