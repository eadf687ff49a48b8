#pragma once

// For repositories only: the libpqxx transaction behind persistence::Tx.
#include <pqxx/pqxx>

namespace collabtender::persistence {

class Tx {
public:
    explicit Tx(pqxx::transaction_base& work) : work_{work} {}
    pqxx::transaction_base& work() { return work_; }

private:
    pqxx::transaction_base& work_;
};

}  // namespace collabtender::persistence
