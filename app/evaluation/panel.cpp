#include "app/evaluation/panel.hpp"

#include "app/notifications/notify.hpp"
#include "app/tenders/tender_access.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

void check_panel_form(persistence::Tx& tx, const persistence::TenderRecord& tender, const PanelForm& form) {
    const bool lot_known = !form.lot_id || persistence::find_lot(tx, tender.id, *form.lot_id);
    std::vector<domain::UserId> ids;
    for (const auto& m : form.members) ids.push_back(m.user_id);
    domain::refuse_if(domain::check_panel_seats(lot_known, form.members, persistence::panellists_among(tx, ids)));
}

void tell_panel_members(persistence::Tx& tx, const domain::Principal& commissioner, domain::TimePoint now,
                        const persistence::TenderRecord& tender, const domain::PanelId& panel_id,
                        const PanelForm& form) {
    auto names = tender_names(tender);
    names["panel"] = form.name;
    std::vector<persistence::Notice> notices;
    for (const auto& member : form.members)
        notices.push_back({"panel_membership", persistence::audience::User{member.user_id}, names, "/panels",
                           "panel-" + panel_id.str()});
    tell(tx, commissioner, now, notices);
}

VisiblePanel visible_panel(persistence::Tx& tx, const domain::PanelId& panel_id, const domain::Principal& principal) {
    auto panel = persistence::find_panel(tx, panel_id);
    if (!panel) throw domain::Refusal{domain::RefusalCode::not_found, "No such panel."};
    auto tender = persistence::find_tender(tx, panel->tender_id);
    const bool commissioner = may_manage_tender(principal, *tender);
    domain::require_panel_visible(commissioner,
                                  principal.role == domain::Role::panellist && panel->member(principal.user_id));
    return {std::move(*panel), std::move(*tender), commissioner};
}

}  // namespace collabtender::app
