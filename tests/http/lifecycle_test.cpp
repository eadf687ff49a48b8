// What happens around the service: the database going away and coming back, and
// being asked to stop while a request is in flight.
#include <doctest/doctest.h>

#include <signal.h>
#include <stdlib.h>

#include <atomic>
#include <future>
#include <map>
#include <mutex>
#include <thread>

#include <boost/json.hpp>
#include <pqxx/pqxx>

#include "tests/support/accounts.hpp"
#include "tests/support/commissioning.hpp"
#include "tests/support/http_client.hpp"
#include "tests/support/server_process.hpp"
#include "tests/support/test_database.hpp"

using namespace collabtender::test;
using namespace std::chrono_literals;

namespace {

// A PostgreSQL cluster of this test's own, so stopping it disturbs no other test.
class PrivateCluster {
public:
    PrivateCluster() {
        char pattern[] = "/tmp/collabtender-cluster-XXXXXX";
        dir_ = ::mkdtemp(pattern);
        url_ = run("start");
    }
    ~PrivateCluster() {
        try {
            run("stop");
        } catch (const std::exception&) {
            // deploy/test sweeps leftover clusters
        }
        std::system(("rm -rf " + dir_).c_str());
    }
    const std::string& url() const { return url_; }
    void stop() { run("stop"); }
    void start() { run("start"); }

private:
    std::string run(const std::string& command) {
        auto [status, output] =
            run_shell(std::string{COLLABTENDER_SOURCE_DIR} + "/deploy/pg-cluster " + command + " " + dir_);
        if (status != 0) throw std::runtime_error{"pg-cluster " + command + " failed: " + output};
        while (!output.empty() && output.back() == '\n') output.pop_back();
        return output;
    }

    std::string dir_;
    std::string url_;
};

template <class Predicate>
bool eventually(Predicate predicate, std::chrono::seconds limit) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < deadline) {
        if (predicate()) return true;
        std::this_thread::sleep_for(100ms);
    }
    return false;
}

}  // namespace

TEST_CASE("while the database is down the service answers 503 with Retry-After, then recovers by itself") {
    PrivateCluster cluster;
    REQUIRE(run_collabtender({"migrate", "--database-url", cluster.url()}).exit_code == 0);
    const auto organisation = create_organisation(cluster.url(), "Falkirk HSCP", "commissioning_body");
    create_user(cluster.url(), organisation, "officer@falkirk.example", "commissioner", "a long enough password");
    ServerProcess server{cluster.url()};
    const auto token = login(server.port(), "officer@falkirk.example", "a long enough password");
    REQUIRE(get(server.port(), "/readyz").status == 200);

    cluster.stop();
    const auto down = get(server.port(), "/api/v1/me", token);
    CHECK(down.status == 503);
    CHECK_FALSE(down.header("retry-after").empty());
    CHECK(down.header("content-type") == "application/problem+json");
    CHECK(get(server.port(), "/readyz").status == 503);
    CHECK(get(server.port(), "/healthz").status == 200);

    cluster.start();
    CHECK(eventually([&] { return get(server.port(), "/readyz").status == 200; }, 30s));
    CHECK(get(server.port(), "/api/v1/me", token).status == 200);
}

TEST_CASE("a database outage under a steady write load: only 503s while down, nothing acknowledged lost, back in seconds") {
    PrivateCluster cluster;
    REQUIRE(run_collabtender({"migrate", "--database-url", cluster.url()}).exit_code == 0);
    REQUIRE(run_collabtender({"admin", "set-two-factor-required", "--value", "false", "--database-url", cluster.url()})
                .exit_code == 0);
    const auto organisation = create_organisation(cluster.url(), "Fife HSCP", "commissioning_body");
    create_user(cluster.url(), organisation, "officer@fife.example", "commissioner", "a long enough password");
    ServerProcess server{cluster.url()};
    const auto token = login(server.port(), "officer@fife.example", "a long enough password");

    // Four writers create draft tenders without pause; each answer is sorted.
    std::atomic<bool> stop{false};
    std::atomic<int> counter{0};
    std::mutex lock;
    std::vector<std::string> acknowledged;  // ids of tenders answered 201
    std::map<std::string, int> others;      // "status type" of every other answer
    auto writer = [&] {
        while (!stop) {
            const auto reference = "FIFE-" + std::to_string(counter++);
            HttpResponse r;
            try {
                r = post_json(server.port(), "/api/v1/tenders", Commissioning::tender_body(reference), token);
            } catch (const std::exception& e) {
                std::lock_guard guard{lock};
                ++others[std::string{"no answer: "} + e.what()];
                continue;
            }
            std::lock_guard guard{lock};
            if (r.status == 201) acknowledged.push_back(r.json().at("id").as_string().c_str());
            else {
                const auto type = r.header("content-type") == "application/problem+json"
                                      ? std::string{r.json().at("type").as_string().c_str()}
                                      : std::string{"not a problem"};
                ++others[std::to_string(r.status) + " " + type + (r.header("retry-after").empty() ? "" : " retry")];
            }
        }
    };
    std::vector<std::thread> writers;
    for (int i = 0; i < 4; ++i) writers.emplace_back(writer);

    std::this_thread::sleep_for(1s);
    cluster.stop();
    std::this_thread::sleep_for(2s);
    CHECK(get(server.port(), "/healthz").status == 200);  // the process itself still answers
    cluster.start();
    const auto restarted = std::chrono::steady_clock::now();
    CHECK(eventually([&] { return get(server.port(), "/readyz").status == 200; }, 30s));
    const auto ready_after = std::chrono::steady_clock::now() - restarted;
    std::size_t before_recovery = 0;
    {
        std::lock_guard guard{lock};
        before_recovery = acknowledged.size();
    }
    std::this_thread::sleep_for(1s);
    stop = true;
    for (auto& w : writers) w.join();

    MESSAGE("acknowledged " << acknowledged.size() << ", ready " << std::chrono::duration_cast<std::chrono::milliseconds>(ready_after).count()
                            << " ms after the database");
    for (const auto& [answer, count] : others) MESSAGE(answer << ": " << count);
    // While the database was away: 503 with Retry-After, or (a commit cut off in
    // flight) 500 outcome-unknown. Nothing else, and every request was answered.
    for (const auto& [answer, count] : others) {
        const bool expected = answer == "503 urn:collabtender:problem:service-unavailable retry" ||
                              answer == "500 urn:collabtender:problem:outcome-unknown";
        CHECK_MESSAGE(expected, answer);
    }
    CHECK(others.size() > 0);                          // the outage was seen
    CHECK(acknowledged.size() > before_recovery);      // and writing resumed after it
    pqxx::connection db{cluster.url()};
    pqxx::work tx{db};
    std::size_t present = 0;
    for (const auto& id : acknowledged)
        present += tx.exec_params1("SELECT count(*) FROM tender WHERE id = $1", id)[0].as<std::size_t>();
    CHECK(present == acknowledged.size());
}

TEST_CASE("the service starts before its database and becomes ready when it appears") {
    PrivateCluster cluster;
    cluster.stop();
    ServerProcess server{cluster.url()};
    CHECK(get(server.port(), "/readyz").status == 503);
    cluster.start();
    CHECK(eventually([&] { return get(server.port(), "/readyz").status == 200; }, 30s));
}

namespace {

bool refuses_connections(std::uint16_t port) {
    try {
        get(port, "/healthz");
        return false;
    } catch (const std::exception&) {
        return true;
    }
}

}  // namespace

TEST_CASE("SIGTERM lets a request in flight finish, refuses new ones, and exits cleanly") {
    TestDatabase db;
    db.migrate();
    // Hold the row a sign-in for this email must lock, so the request waits inside the service.
    db.exec("INSERT INTO login_throttle (email_key, failures) VALUES ('slow@example.scot', 0)");
    pqxx::connection blocker{db.url()};
    auto hold = std::make_unique<pqxx::work>(blocker);
    hold->exec("SELECT * FROM login_throttle WHERE email_key = 'slow@example.scot' FOR UPDATE");

    ServerProcess server{db.url()};
    auto in_flight = std::async(std::launch::async, [&] {
        return post_json(server.port(), "/api/v1/auth/login",
                         R"({"email": "slow@example.scot", "password": "whatever it is"})");
    });
    REQUIRE(eventually(
        [&] {
            return db.scalar("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = "
                             "current_database()") == "1";
        },
        10s));

    server.signal(SIGTERM);
    CHECK(eventually([&] { return refuses_connections(server.port()); }, 10s));
    CHECK(in_flight.wait_for(200ms) == std::future_status::timeout);

    hold->commit();
    const auto answered = in_flight.get();
    CHECK(answered.status == 401);
    CHECK(answered.header("connection") == "close");
    CHECK(server.wait_for_exit(10) == 0);
}

TEST_CASE("SIGTERM closes idle keep-alive connections at once") {
    TestDatabase db;
    ServerProcess server{db.url(), {"--read-timeout", "60"}};
    // One answered request, then the connection idles, waiting for a second.
    auto idle = std::async(std::launch::async, [&] {
        const auto started = std::chrono::steady_clock::now();
        const auto responses = exchange_raw_many(
            server.port(), "GET /metrics HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + std::string{test_metrics_token} + "\r\nX-Request-Id: idle-probe\r\n\r\n", 2);
        return std::make_pair(responses.size(), std::chrono::steady_clock::now() - started);
    });
    REQUIRE(eventually([&] { return server.log().find("request_id=idle-probe") != std::string::npos; }, 10s));
    server.signal(SIGTERM);
    const auto [answered, waited] = idle.get();
    CHECK(answered == 1);
    CHECK(waited < 10s);  // not the 60 s read timeout
    CHECK(server.wait_for_exit(10) == 0);
}

TEST_CASE("with a drain delay, SIGTERM first fails /readyz while requests are still served, then stops") {
    TestDatabase db;
    ServerProcess server{db.url(), {"--drain-delay", "3"}};
    REQUIRE(eventually([&] { return get(server.port(), "/readyz").status == 200; }, 10s));
    const auto signalled = std::chrono::steady_clock::now();
    server.signal(SIGTERM);
    REQUIRE(eventually([&] { return get(server.port(), "/readyz").status == 503; }, 2s));
    const auto readyz = get(server.port(), "/readyz");
    CHECK(readyz.header("content-type") == "application/problem+json");
    CHECK(readyz.body.find("stopping") != std::string::npos);
    // The load balancer has not noticed yet: whatever it still sends is answered.
    CHECK(get(server.port(), "/healthz").status == 200);
    CHECK(post_json(server.port(), "/api/v1/auth/login", R"({"email": "a@example.scot", "password": "wrong one"})").status ==
          401);
    CHECK(eventually([&] { return refuses_connections(server.port()); }, 10s));
    CHECK(std::chrono::steady_clock::now() - signalled >= 3s);
    CHECK(server.wait_for_exit(10) == 0);
}

TEST_CASE("a second SIGTERM during the drain delay stops at once") {
    TestDatabase db;
    ServerProcess server{db.url(), {"--drain-delay", "120"}};
    server.signal(SIGTERM);
    REQUIRE(eventually([&] { return get(server.port(), "/readyz").status == 503; }, 5s));
    server.signal(SIGTERM);
    CHECK(server.wait_for_exit(10) == 0);
}

TEST_CASE("when every database worker is busy and the queue is full, requests get 503 at once") {
    TestDatabase db;
    db.migrate();
    db.exec("INSERT INTO login_throttle (email_key, failures) VALUES ('slow@example.scot', 0)");
    pqxx::connection blocker{db.url()};
    pqxx::work hold{blocker};
    hold.exec("SELECT * FROM login_throttle WHERE email_key = 'slow@example.scot' FOR UPDATE");

    ServerProcess server{db.url(), {"--db-workers", "1", "--db-queue", "1"}};
    const auto slow_login = [&] {
        return post_json(server.port(), "/api/v1/auth/login", R"({"email": "slow@example.scot", "password": "x"})");
    };
    auto running = std::async(std::launch::async, slow_login);  // holds the only worker
    REQUIRE(eventually(
        [&] {
            return db.scalar("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = "
                             "current_database()") == "1";
        },
        10s));
    // Fills the queue (another sign-in would wait in the sign-in queue instead, off the pool).
    auto queued = std::async(std::launch::async, [&] { return get(server.port(), "/api/v1/tenders"); });
    REQUIRE(eventually([&] { return get(server.port(), "/metrics", test_metrics_token).body.find("collabtender_db_pool_waiting 1") != std::string::npos; }, 10s));

    const auto refused = get(server.port(), "/readyz");
    CHECK(refused.status == 503);
    CHECK(refused.header("retry-after") == "1");
    CHECK(get(server.port(), "/healthz").status == 200);  // no database needed

    hold.commit();
    CHECK(running.get().status == 401);
    CHECK(queued.get().status == 200);
}

TEST_CASE("a statement timeout is a 503 problem: nothing half-saved, no SQL shown, the audit chain whole") {
    TestDatabase db{TestDatabase::Schema::migrated};
    const auto organisation = create_organisation(db.url(), "Falkirk HSCP", "commissioning_body");
    create_user(db.url(), organisation, "officer@falkirk.example", "commissioner", "a long enough password");
    ServerProcess server{db.url(), {"--statement-timeout-ms", "500"}};
    const auto token = login(server.port(), "officer@falkirk.example", "a long enough password");
    auto tender = boost::json::parse(Commissioning::tender_body("FAL-1")).as_object();
    tender["title"] = "Day services";
    const auto created = post_json(server.port(), "/api/v1/tenders", boost::json::serialize(tender), token);
    REQUIRE_MESSAGE(created.status == 201, created.body);
    const auto path = created.header("location");
    const auto id = path.substr(path.rfind('/') + 1);
    const auto audit_before = db.scalar("SELECT count(*) FROM audit_event");

    // Another session holds the tender's row, so the change waits past the timeout.
    pqxx::connection blocker{db.url()};
    auto hold = std::make_unique<pqxx::work>(blocker);
    hold->exec("SELECT * FROM tender WHERE id = '" + id + "' FOR UPDATE");
    const auto timed_out = send(server.port(), {"PATCH", path, R"({"title": "Changed"})", "application/json", token,
                                                {{"If-Match", created.header("etag")}}});
    hold.reset();
    CHECK(timed_out.status == 503);
    CHECK(timed_out.header("content-type") == "application/problem+json");
    CHECK_FALSE(timed_out.header("retry-after").empty());
    for (const auto* internal : {"SELECT", "UPDATE", "ERROR", "canceling", "pqxx", "statement timeout"})
        CHECK_MESSAGE(timed_out.body.find(internal) == std::string::npos, internal);

    CHECK(get(server.port(), path, token).json().at("title").as_string() == "Day services");
    CHECK(db.scalar("SELECT count(*) FROM audit_event") == audit_before);
    const auto verified = get(server.port(), "/api/v1/audit/verify?tender_id=" + id, token);
    CHECK(verified.json().at("intact").as_bool());
    // Tokens stay out of the log, whatever happened.
    REQUIRE(server.log_shows("route=/api/v1/audit/verify"));
    CHECK(server.log().find(token) == std::string::npos);
}
