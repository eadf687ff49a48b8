#pragma once

// For persistence/ only: the transaction behind Connection::transact.
#include <string>

#include <pqxx/pqxx>

namespace collabtender::persistence {

// A read-committed transaction that sends the statements queued for its commit
// in the same round trip as its COMMIT. An audit event locks its tender's chain
// head until the transaction ends; queued, it takes the lock when the commit is
// already on its way, instead of holding it while the answer travels back to the
// service and the COMMIT travels out again (half the time a draft score held its
// chain with 8 panellists scoring one tender).
class CommittingTransaction final : public pqxx::dbtransaction {
public:
    explicit CommittingTransaction(pqxx::connection_base& connection);
    ~CommittingTransaction() noexcept override;

    // Queues one statement, its values already quoted into `sql`, to run just
    // before the COMMIT; its result is not read. An error it raises comes from commit().
    void at_commit(const std::string& sql);
    // Runs what is queued now, in one round trip of its own: before any other
    // statement, which might read what the queued ones write.
    void flush();

private:
    void do_commit() override;

    std::string queued_;
};

}  // namespace collabtender::persistence
