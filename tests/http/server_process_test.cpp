// The test harness itself: a server it starts is the one it talks to.
#include <doctest/doctest.h>

#include <unistd.h>

#include <csignal>

#include <filesystem>
#include <fstream>
#include <string>

#include "tests/support/http_client.hpp"
#include "tests/support/server_process.hpp"
#include "tests/support/test_database.hpp"

using namespace collabtender::test;
namespace fs = std::filesystem;

// An earlier test process with this one's pid (pids are reused) may have left its
// log and mail behind, killed before it could remove them. Its "listening on" line
// must not send the probes to a port nobody listens on, nor its mail count as ours.
TEST_CASE("a log and mail left by an earlier process with the same pid do not mislead a new test server") {
    TestDatabase db;
    std::vector<fs::path> stale;
    for (int n = 0; n <= 64; ++n) {
        const auto pid = std::to_string(::getpid());
        const fs::path log = "/tmp/collabtender-serve-" + pid + "-" + std::to_string(n) + ".log";
        const fs::path mail = "/tmp/collabtender-mail-" + pid + "-" + std::to_string(n);
        if (fs::exists(log) || fs::exists(mail)) continue;
        std::ofstream{log} << "info listening on http://127.0.0.1:1\n";
        fs::create_directories(mail);
        std::ofstream{mail / "stale.eml"} << "Subject: stale\r\n\r\nleft by an earlier process\r\n";
        stale.insert(stale.end(), {log, mail});
    }
    {
        ServerProcess server{db.url()};
        CHECK(get(server.port(), "/healthz").status == 200);
        CHECK(fs::is_empty(server.mail_dir()));
    }
    for (const auto& path : stale) fs::remove_all(path);
}

// A test that stops its server itself (to check how it exits) still leaves nothing in
// /tmp: 63 mail folders had piled up there from such tests.
TEST_CASE("a test server stopped by its test leaves no log or mail folder behind") {
    TestDatabase db;
    fs::path mail;
    {
        ServerProcess server{db.url()};
        mail = server.mail_dir();
        REQUIRE(fs::is_directory(mail));
        server.signal(SIGTERM);
        REQUIRE(server.wait_for_exit(30) == 0);
    }
    CHECK_FALSE(fs::exists(mail));
}
