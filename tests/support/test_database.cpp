#include "tests/support/test_database.hpp"

#include <cstdlib>
#include <random>
#include <stdexcept>

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

TestDatabase::TestDatabase() {
    const char* base = std::getenv("COLLABTENDER_TEST_DATABASE_URL");
    if (base == nullptr || *base == '\0')
        throw std::runtime_error{"COLLABTENDER_TEST_DATABASE_URL is not set: run the tests through deploy/test"};
    admin_url_ = url_with_database(base, "postgres");
    std::random_device random;
    name_ = "ct_test_" + std::to_string(random()) + std::to_string(random());
    pqxx::connection admin{admin_url_};
    pqxx::nontransaction{admin}.exec("CREATE DATABASE " + name_);
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

std::string TestDatabase::scalar(const std::string& sql) const {
    pqxx::connection connection{url_};
    pqxx::work work{connection};
    const auto row = work.exec1(sql);
    const auto value = row[0].is_null() ? std::string{"NULL"} : row[0].as<std::string>();
    work.commit();  // an INSERT ... RETURNING arranges as well as it reads
    return value;
}

}  // namespace collabtender::test
