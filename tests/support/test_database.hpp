#pragma once

#include <string>
#include <vector>

namespace collabtender::test {

// A fresh database in the cluster named by COLLABTENDER_TEST_DATABASE_URL (which
// deploy/test sets), dropped again when the test ends. Each test gets its own, so
// suites run in parallel without seeing each other's rows. Empty by default;
// `migrated` clones one already at the current schema (a template the first such
// test migrates), since migrating each test's own database costs about a second.
class TestDatabase {
public:
    enum class Schema { empty, migrated };
    explicit TestDatabase(Schema schema = Schema::empty);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    const std::string& url() const { return url_; }
    void migrate() const;

    // Runs SQL outside the service, to arrange a situation or inspect the result;
    // scalar returns the first column of its one row (committed, so an INSERT ...
    // RETURNING both arranges and reads), rows every row's columns; a NULL reads
    // as "NULL".
    void exec(const std::string& sql) const;
    std::string scalar(const std::string& sql) const;
    std::vector<std::vector<std::string>> rows(const std::string& sql) const;
    // Returns once another session of this database waits for a lock (for tests of
    // races: the second transaction has arrived and waits for the first); throws
    // after 10 s.
    void wait_for_a_lock_wait() const;

private:
    std::string admin_url_;
    std::string name_;
    std::string url_;
};

// The test cluster's URL with another database name.
std::string url_with_database(const std::string& url, const std::string& database);

}  // namespace collabtender::test
