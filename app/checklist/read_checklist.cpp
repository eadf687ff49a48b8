#include "app/checklist/read_checklist.hpp"

#include "app/tenders/tender_access.hpp"

namespace collabtender::app {

persistence::ChecklistVersion read_checklist(persistence::Connection& db,
                                             const std::optional<domain::Principal>& reader,
                                             const domain::TenderId& tender_id) {
    const auto history = read_checklist_history(db, reader, tender_id);
    return history.empty() ? persistence::ChecklistVersion{} : history.front();
}

std::vector<persistence::ChecklistVersion> read_checklist_history(persistence::Connection& db,
                                                                  const std::optional<domain::Principal>& reader,
                                                                  const domain::TenderId& tender_id) {
    std::vector<persistence::ChecklistVersion> history;
    db.transact([&](persistence::Tx& tx) {
        history = persistence::checklist_history(tx, readable_tender(tx, tender_id, reader).id);
    });
    return history;
}

}  // namespace collabtender::app
