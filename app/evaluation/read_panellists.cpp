#include "app/evaluation/read_panellists.hpp"

namespace collabtender::app {

std::vector<persistence::PanellistRecord> read_panellists(persistence::Connection& db) {
    std::vector<persistence::PanellistRecord> out;
    db.transact([&](persistence::Tx& tx) { out = persistence::list_panellists(tx); });
    return out;
}

}  // namespace collabtender::app
