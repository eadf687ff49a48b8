#include "app/checklist/save_checklist.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/tenders/tender_access.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

persistence::ChecklistVersion save_checklist(persistence::Connection& db, const domain::Principal& commissioner,
                                             const SaveChecklist& command, domain::TimePoint now) {
    persistence::ChecklistVersion saved;
    db.transact([&](persistence::Tx& tx) {
        const auto tender = manageable_tender(tx, command.tender_id, commissioner);
        const auto history = persistence::checklist_history(tx, tender.id);
        const int current = history.empty() ? 0 : history.front().version;
        domain::require_current(current, command.expected_version);
        persistence::insert_checklist_version(tx, tender.id, current + 1, command.elements, commissioner.user_id, now);
        saved = persistence::checklist_history(tx, tender.id).front();
        // Versions and size only: the comments are free text.
        append_audit(tx, commissioner, now,
                     {tender.id, "checklist.save", "tender", tender.id, boost::json::object{{"version", current}},
                      boost::json::object{{"version", saved.version}, {"elements", saved.elements.size()}}});
    });
    return saved;
}

}  // namespace collabtender::app
