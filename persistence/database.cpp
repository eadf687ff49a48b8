#include "persistence/database.hpp"

#include <spdlog/spdlog.h>

#include <type_traits>

#include "persistence/statements.hpp"
#include "persistence/tx.hpp"

namespace collabtender::persistence {
namespace {

// SQLSTATE classes that mean the session is gone rather than the statement wrong:
// 08 connection exception, 57P01-57P03 server shutting down or starting up.
bool connection_lost(const pqxx::sql_error& e) {
    const std::string state = e.sqlstate();
    return state.rfind("08", 0) == 0 || state == "57P01" || state == "57P02" || state == "57P03";
}

}  // namespace

std::string with_connect_timeout(const std::string& url, std::chrono::seconds timeout) {
    if (url.find("connect_timeout") != std::string::npos) return url;
    const auto value = std::to_string(timeout.count());
    const bool uri = url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0;
    if (!uri) return url + (url.empty() ? "" : " ") + "connect_timeout=" + value;
    return url + (url.find('?') == std::string::npos ? "?" : "&") + "connect_timeout=" + value;
}

struct Connection::Impl {
    DatabaseConfig config;
    std::unique_ptr<pqxx::connection> connection;
    std::uint64_t statements = 0;  // run on this connection so far, retries included

    pqxx::connection& open() {
        if (connection && connection->is_open()) return *connection;
        connection.reset();
        try {
            auto fresh = std::make_unique<pqxx::connection>(with_connect_timeout(config.url, config.connect_timeout));
            fresh->set_variable("statement_timeout", std::to_string(config.statement_timeout.count()));
            // No LLVM compilation of costly-looking statements: it cost the notices of a
            // submission 65 to 190 ms against well under 1 ms of running
            // (tests/persistence/connection_test.cpp).
            fresh->set_variable("jit", "off");
            prepare_statements(*fresh);
            connection = std::move(fresh);
        } catch (const pqxx::broken_connection& e) {
            throw Unavailable{std::string{"cannot connect to the database: "} + e.what()};
        }
        return *connection;
    }
};

Connection::Connection(DatabaseConfig config) : impl_{std::make_unique<Impl>()} { impl_->config = std::move(config); }

Connection::~Connection() = default;

void Connection::transact(const std::function<void(Tx&)>& work) { run<CommittingTransaction>(work); }

void Connection::autocommit(const std::function<void(Tx&)>& work) { run<pqxx::nontransaction>(work); }

std::uint64_t Connection::statements() const { return impl_->statements; }

template <typename Transaction>
void Connection::run(const std::function<void(Tx&)>& work) {
    for (int attempt = 1;; ++attempt) {
        const bool last = attempt >= impl_->config.max_attempts;
        try {
            Transaction transaction{impl_->open()};
            CommittingTransaction* committing = nullptr;
            if constexpr (std::is_same_v<Transaction, CommittingTransaction>) committing = &transaction;
            Tx tx{transaction, impl_->statements, committing};
            work(tx);
            transaction.commit();
            return;
        } catch (const pqxx::in_doubt_error& e) {
            impl_->connection.reset();
            spdlog::error("commit outcome unknown: {}", e.what());
            throw OutcomeUnknown{e.what()};
        } catch (const pqxx::broken_connection& e) {
            impl_->connection.reset();
            if (last) throw Unavailable{e.what()};
        } catch (const pqxx::serialization_failure& e) {
            if (last) throw Contention{e.what()};
        } catch (const pqxx::deadlock_detected& e) {
            if (last) throw Contention{e.what()};
        } catch (const pqxx::insufficient_resources& e) {
            throw Exhausted{e.what()};
        } catch (const pqxx::unique_violation& e) {
            throw Conflict{e.what()};
        } catch (const pqxx::integrity_constraint_violation& e) {
            throw ConstraintViolation{e.what()};
        } catch (const pqxx::data_exception& e) {
            // e.g. a NUL byte or invalid UTF-8 the database will not store: bad input, not a fault.
            throw ConstraintViolation{e.what()};
        } catch (const pqxx::sql_error& e) {
            if (e.sqlstate() == "57014") throw Timeout{e.what()};  // query_canceled: statement_timeout
            if (!connection_lost(e)) throw;
            impl_->connection.reset();
            if (last) throw Unavailable{e.what()};
        }
    }
}

WorkerPool::WorkerPool(DatabaseConfig config, std::size_t workers, std::size_t max_queue)
    : config_{std::move(config)}, max_queue_{max_queue} {
    threads_.reserve(workers);
    for (std::size_t i = 0; i < workers; ++i) threads_.emplace_back([this] { run(); });
}

WorkerPool::~WorkerPool() { stop(); }

bool WorkerPool::try_submit(Job job) {
    {
        std::lock_guard lock{mutex_};
        if (stopping_ || queue_.size() >= max_queue_) return false;
        queue_.push_back(std::move(job));
    }
    wake_.notify_one();
    return true;
}

void WorkerPool::stop() {
    {
        std::lock_guard lock{mutex_};
        stopping_ = true;
        if (!queue_.empty()) spdlog::warn("dropping {} queued database jobs at shutdown", queue_.size());
        queue_.clear();
    }
    wake_.notify_all();
    for (auto& thread : threads_)
        if (thread.joinable()) thread.join();
}

WorkerPool::Stats WorkerPool::stats() const {
    std::lock_guard lock{mutex_};
    return Stats{threads_.size(), busy_, queue_.size()};
}

void WorkerPool::run() {
    Connection connection{config_};
    for (;;) {
        Job job;
        {
            std::unique_lock lock{mutex_};
            wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
            if (queue_.empty()) return;
            job = std::move(queue_.front());
            queue_.pop_front();
            ++busy_;
        }
        try {
            job(connection);
        } catch (const std::exception& e) {
            // Jobs report their own errors; reaching here is a bug, not a reason to die.
            spdlog::error("database job escaped with: {}", e.what());
        }
        std::lock_guard lock{mutex_};
        --busy_;
    }
}

}  // namespace collabtender::persistence
