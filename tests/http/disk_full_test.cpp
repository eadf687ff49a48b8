// A full disk on the database's side, for real: the tender table moved onto a
// 1 MiB tmpfs that is then filled, so PostgreSQL fails to extend it (ENOSPC,
// SQLSTATE 53100). Mounting needs root, as deploy/test runs; elsewhere the test
// says it was not run.
#include <doctest/doctest.h>

#include <sys/statvfs.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <boost/json.hpp>
#include <pqxx/pqxx>

#include "tests/support/accounts.hpp"
#include "tests/support/commissioning.hpp"

using namespace collabtender::test;

namespace {

// A small tmpfs of its own, unmounted and removed at the end.
struct SmallDisk {
    std::filesystem::path path;
    bool mounted = false;

    SmallDisk() : path{std::filesystem::temp_directory_path() / ("ct-small-disk-" + std::to_string(getpid()))} {
        std::filesystem::create_directories(path);
        mounted = std::system(("mount -t tmpfs -o size=1M,mode=0777 tmpfs " + path.string() + " 2>/dev/null").c_str()) == 0;
    }
    ~SmallDisk() {
        if (mounted) std::system(("umount -l " + path.string()).c_str());
        std::filesystem::remove_all(path);
    }
    // Takes every free byte, as another program filling the disk would.
    void fill() const {
        struct statvfs fs {};
        statvfs(path.c_str(), &fs);
        const auto free = static_cast<unsigned long long>(fs.f_bavail) * fs.f_frsize;
        std::system(("fallocate -l " + std::to_string(free) + " " + (path / "filler").string()).c_str());
    }
    void free_up() const { std::filesystem::remove(path / "filler"); }
};

}  // namespace

TEST_CASE("a full disk is a 503 problem: nothing half-saved, the audit chain whole, writes resume when space returns") {
    SmallDisk disk;
    if (!disk.mounted) {
        MESSAGE("not run: mounting a tmpfs needs root");
        return;
    }
    Commissioning c;
    const auto tablespace = disk.path / "pg";
    std::filesystem::create_directories(tablespace);
    // The cluster's owner: "collabtender" when the tests run as root (deploy/pg-cluster).
    REQUIRE(std::system(("chown collabtender " + tablespace.string()).c_str()) == 0);
    pqxx::connection admin{c.db.url()};
    pqxx::nontransaction{admin}.exec("CREATE TABLESPACE small_disk LOCATION '" + tablespace.string() + "'");
    pqxx::nontransaction{admin}.exec("ALTER TABLE tender SET TABLESPACE small_disk");

    const auto create = [&](int n) {
        auto body = boost::json::parse(Commissioning::tender_body("FULL-" + std::to_string(n))).as_object();
        return c.call("POST", "/api/v1/tenders", c.edinburgh_officer, boost::json::serialize(body));
    };
    // A first page of tenders while there is room; then the disk fills up and the
    // rest of that page is used before the table must grow.
    int acknowledged = 0;
    for (; acknowledged < 2; ++acknowledged) REQUIRE(create(acknowledged).status == 201);
    disk.fill();
    HttpResponse refused;
    for (int n = acknowledged; n < 500; ++n) {
        refused = create(n);
        if (refused.status != 201) break;
        ++acknowledged;
    }
    REQUIRE_MESSAGE(refused.status == 503, refused.body);
    CHECK(refused.header("content-type") == "application/problem+json");
    CHECK_FALSE(refused.header("retry-after").empty());
    for (const auto* internal : {"space", "extend", "ERROR", "INSERT", "pqxx", "53100"})
        CHECK_MESSAGE(refused.body.find(internal) == std::string::npos, internal);
    MESSAGE(acknowledged << " tenders saved before the disk was full");

    // Every acknowledged tender is there with its audit event; the refused one left nothing.
    const auto failed = "FULL-" + std::to_string(acknowledged);
    CHECK(c.db.scalar("SELECT count(*) FROM tender WHERE reference LIKE 'FULL-%'") == std::to_string(acknowledged));
    CHECK(c.db.scalar("SELECT count(*) FROM tender WHERE reference = '" + failed + "'") == "0");
    CHECK(c.db.scalar("SELECT count(*) FROM audit_event WHERE event LIKE '%tender.create%'") == std::to_string(acknowledged));

    // Space comes back: the same request now succeeds, without a restart.
    disk.free_up();
    CHECK(create(acknowledged).status == 201);
    const auto mine = c.call("GET", "/api/v1/tenders?organisation=mine&limit=100", c.edinburgh_officer).json();
    for (const auto& tender : mine.at("items").as_array())
        CHECK(c.call("GET", "/api/v1/audit/verify?tender_id=" + std::string{tender.at("id").as_string()}, c.edinburgh_officer)
                  .json().at("intact").as_bool());
    pqxx::nontransaction{admin}.exec("ALTER TABLE tender SET TABLESPACE pg_default");
    pqxx::nontransaction{admin}.exec("DROP TABLESPACE small_disk");
}
