#include "app/evaluation/read_panels.hpp"

#include "app/tenders/tender_access.hpp"
#include "domain/panel.hpp"

namespace collabtender::app {

std::vector<persistence::PanelRecord> read_panels(persistence::Connection& db, const domain::Principal& reader,
                                                  const domain::TenderId& tender_id) {
    std::vector<persistence::PanelRecord> out;
    db.transact([&](persistence::Tx& tx) {
        out.clear();
        const auto tender = readable_tender(tx, tender_id, reader);
        const bool commissioner = may_manage_tender(reader, tender);
        domain::require_panel_reader(commissioner, reader.role == domain::Role::panellist);
        for (auto& panel : persistence::list_panels(tx, tender.id))
            if (commissioner || panel.member(reader.user_id)) out.push_back(std::move(panel));
    });
    return out;
}

}  // namespace collabtender::app
