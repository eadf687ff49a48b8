#include "tests/support/test_database.hpp"

#include <chrono>
#include <cstdlib>
#include <functional>
#include <random>
#include <stdexcept>
#include <thread>

#include <pqxx/pqxx>

#include "persistence/migrations.hpp"

namespace collabtender::test {

std::string url_with_database(const std::string& url, const std::string& database) {
    const auto query = url.find('?');
    const auto slash = url.rfind('/', query);
    if (slash == std::string::npos || slash < url.find("://") + 3)
        throw std::invalid_argument{"COLLABTENDER_TEST_DATABASE_URL must be a postgresql:// URL with a database"};
    return url.substr(0, slash + 1) + database + (query == std::string::npos ? "" : url.substr(query));
}

namespace {

// The template's name changes with every migration's text, so a cluster kept
// between builds never clones an older schema.
std::string template_name() {
    std::string all;
    for (const auto& m : persistence::migrations()) all.append(m.name).append(m.sql);
    return "ct_template_" + std::to_string(persistence::latest_migration_version()) + "_" +
           std::to_string(std::hash<std::string>{}(all) % 1'000'000'007);
}

// Creates and migrates the template once per cluster; tests racing to do it take
// turns on an advisory lock. Nobody connects to it afterwards, so it can be cloned.
void ensure_template(pqxx::connection& admin, const std::string& base, const std::string& name) {
    pqxx::nontransaction work{admin};
    work.exec("SELECT pg_advisory_lock(7202312)");
    try {
        if (work.exec("SELECT 1 FROM pg_database WHERE datname = " + work.quote(name)).empty()) {
            const auto building = name + "_building";
            work.exec("DROP DATABASE IF EXISTS " + building + " WITH (FORCE)");
            work.exec("CREATE DATABASE " + building);
            persistence::migrate(url_with_database(base, building));
            // Tests sign admins and commissioners in with a password alone, as an
            // installation that turned the rule off does; the tests of two-factor
            // sign-in turn it on (tests/http/two_factor_test.cpp).
            {
                pqxx::connection built{url_with_database(base, building)};
                pqxx::nontransaction{built}.exec(
                    "UPDATE installation_setting SET value = 'false' WHERE name = 'two_factor_required'");
            }
            work.exec("ALTER DATABASE " + building + " RENAME TO " + name);
        }
    } catch (...) {
        work.exec("SELECT pg_advisory_unlock(7202312)");
        throw;
    }
    work.exec("SELECT pg_advisory_unlock(7202312)");
}

}  // namespace

TestDatabase::TestDatabase(Schema schema) {
    const char* base = std::getenv("COLLABTENDER_TEST_DATABASE_URL");
    if (base == nullptr || *base == '\0')
        throw std::runtime_error{"COLLABTENDER_TEST_DATABASE_URL is not set: run the tests through deploy/test"};
    admin_url_ = url_with_database(base, "postgres");
    std::random_device random;
    name_ = "ct_test_" + std::to_string(random()) + std::to_string(random());
    pqxx::connection admin{admin_url_};
    if (schema == Schema::migrated) {
        const auto source = template_name();
        ensure_template(admin, base, source);
        pqxx::nontransaction{admin}.exec("CREATE DATABASE " + name_ + " TEMPLATE " + source);
    } else {
        pqxx::nontransaction{admin}.exec("CREATE DATABASE " + name_);
    }
    url_ = url_with_database(base, name_);
}

TestDatabase::~TestDatabase() {
    try {
        pqxx::connection admin{admin_url_};
        pqxx::nontransaction{admin}.exec("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
    } catch (const std::exception&) {
        // The cluster itself is thrown away after the run; a leftover costs nothing.
    }
}

void TestDatabase::migrate() const { persistence::migrate(url_); }

void TestDatabase::exec(const std::string& sql) const {
    pqxx::connection connection{url_};
    pqxx::work work{connection};
    work.exec(sql);
    work.commit();
}

namespace {

std::string text(const pqxx::field& field) { return field.is_null() ? std::string{"NULL"} : field.as<std::string>(); }

}  // namespace

std::string TestDatabase::scalar(const std::string& sql) const {
    pqxx::connection connection{url_};
    pqxx::work work{connection};
    const auto value = text(work.exec1(sql)[0]);
    work.commit();  // an INSERT ... RETURNING arranges as well as it reads
    return value;
}

std::vector<std::vector<std::string>> TestDatabase::rows(const std::string& sql) const {
    pqxx::connection connection{url_};
    pqxx::work work{connection};
    std::vector<std::vector<std::string>> out;
    for (const auto& row : work.exec(sql)) {
        auto& columns = out.emplace_back();
        for (const auto& field : row) columns.push_back(text(field));
    }
    work.commit();
    return out;
}

void TestDatabase::wait_for_a_lock_wait() const {
    for (int i = 0; i < 200; ++i) {
        if (scalar("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                   "AND datname = current_database()") != "0")
            return;
        std::this_thread::sleep_for(std::chrono::milliseconds{50});
    }
    throw std::runtime_error{"no session waited for a lock within 10 s"};
}

}  // namespace collabtender::test
