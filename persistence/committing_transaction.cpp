#include "persistence/committing_transaction.hpp"

namespace collabtender::persistence {

CommittingTransaction::CommittingTransaction(pqxx::connection_base& connection)
    : pqxx::internal::namedclass{"CommittingTransaction"}, pqxx::dbtransaction{connection, std::string{"READ COMMITTED"}} {
    Begin();
}

CommittingTransaction::~CommittingTransaction() noexcept { End(); }

void CommittingTransaction::at_commit(const std::string& sql) { queued_ += sql + ";\n"; }

void CommittingTransaction::flush() {
    if (queued_.empty()) return;
    const auto sql = std::move(queued_);
    queued_.clear();
    exec(sql);
}

// As libpqxx's own transaction commits (basic_transaction::do_commit), with the
// queued statements in front of the COMMIT.
void CommittingTransaction::do_commit() {
    const auto sql = std::move(queued_) + "COMMIT";
    queued_.clear();
    try {
        direct_exec(sql.c_str());
    } catch (const pqxx::statement_completion_unknown& e) {
        throw pqxx::in_doubt_error{e.what()};
    } catch (const std::exception& e) {
        // Lost while committing: nobody can tell whether it was saved.
        if (!conn().is_open()) throw pqxx::in_doubt_error{e.what()};
        // A queued statement failed, so the server skipped the COMMIT and holds an
        // aborted transaction that libpqxx will not end (it counts it aborted):
        // end it here, so that the connection's next transaction starts clean.
        // (If the COMMIT itself failed, the transaction is already over and this
        // ROLLBACK only draws a warning.)
        try {
            direct_exec("ROLLBACK");
        } catch (const std::exception&) {
        }
        throw;
    }
}

}  // namespace collabtender::persistence
