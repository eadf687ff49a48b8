#pragma once

// For repositories only: the libpqxx transaction behind persistence::Tx.
#include <pqxx/pqxx>

namespace collabtender::persistence {

class Tx {
public:
    explicit Tx(pqxx::work& work) : work_{work} {}
    pqxx::work& work() { return work_; }

private:
    pqxx::work& work_;
};

}  // namespace collabtender::persistence
