#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace collabtender::persistence {

// The database cannot be reached, or a transaction's outcome is unknown; the
// request may be retried later.
struct Unavailable : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The connection broke while COMMIT was under way: the change may or may not be
// saved. Never retried automatically, and not a "try again later" either.
struct OutcomeUnknown : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A statement ran past statement_timeout and was cancelled; nothing was written.
struct Timeout : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The database ran out of disk, memory or connections (SQLSTATE class 53); the
// transaction rolled back. An operator must act; the request may be retried later.
struct Exhausted : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A transaction kept failing on serialization conflicts or deadlocks.
struct Contention : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A unique constraint refused the write.
struct Conflict : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A check, foreign-key or not-null constraint refused the write.
struct ConstraintViolation : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class Tx;  // One open transaction; defined in persistence/tx.hpp for repositories.

struct DatabaseConfig {
    std::string url;
    std::chrono::seconds connect_timeout{3};
    std::chrono::milliseconds statement_timeout{15000};
    int max_attempts = 3;
};

// One worker's connection to PostgreSQL. It belongs to one thread (libpqxx
// connections are not thread-safe), connects lazily and reconnects after a break.
class Connection {
public:
    explicit Connection(DatabaseConfig config);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Runs `work` in one transaction and commits it. Serialization failures and
    // connections broken before commit are retried a bounded number of times; an
    // exception from `work` rolls everything back.
    void transact(const std::function<void(Tx&)>& work);

    // Runs `work` outside a transaction block, each statement committing on its
    // own: for one read, a single round trip instead of BEGIN, the read and COMMIT.
    // Retried like `transact`.
    void autocommit(const std::function<void(Tx&)>& work);

    // Statements run on this connection so far (BEGIN and COMMIT not counted):
    // a request's cost is the difference across its work.
    std::uint64_t statements() const;

private:
    template <typename Transaction>
    void run(const std::function<void(Tx&)>& work);

    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// A fixed set of worker threads, each owning one Connection, fed from a bounded
// queue. HTTP I/O threads hand database work here and never block on it.
class WorkerPool {
public:
    using Job = std::function<void(Connection&)>;

    WorkerPool(DatabaseConfig config, std::size_t workers, std::size_t max_queue);
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    // False when the queue is full: the caller answers 503 at once.
    bool try_submit(Job job);

    // Lets running jobs finish, drops queued ones (the HTTP side that would have
    // answered them has stopped), then joins the workers.
    void stop();

    struct Stats {
        std::size_t workers;
        std::size_t busy;
        std::size_t queued;
    };
    Stats stats() const;

private:
    void run();

    DatabaseConfig config_;
    std::size_t max_queue_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<Job> queue_;
    std::size_t busy_ = 0;
    bool stopping_ = false;
    std::vector<std::thread> threads_;
};

// libpq's connect_timeout added to a URL that lacks one, in either URI or
// key=value form, so an unreachable server fails fast instead of hanging a worker.
std::string with_connect_timeout(const std::string& url, std::chrono::seconds timeout);

}  // namespace collabtender::persistence
