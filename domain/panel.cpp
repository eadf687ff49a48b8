#include "domain/panel.hpp"

#include <set>

#include "domain/text.hpp"

namespace collabtender::domain {

std::string_view to_string(PanelMemberKind kind) {
    switch (kind) {
        case PanelMemberKind::lived_experience: return "lived_experience";
        case PanelMemberKind::statutory: return "statutory";
        case PanelMemberKind::third_sector: return "third_sector";
        case PanelMemberKind::independent: return "independent";
    }
    return "independent";
}

std::optional<PanelMemberKind> parse_panel_member_kind(std::string_view text) {
    for (auto kind : {PanelMemberKind::lived_experience, PanelMemberKind::statutory, PanelMemberKind::third_sector,
                      PanelMemberKind::independent})
        if (to_string(kind) == text) return kind;
    return std::nullopt;
}

Violations validate_panel(const std::string& name, const std::vector<PanelMember>& members) {
    Violations out;
    check_text(out, name, "/name", 1, 200);
    if (members.empty()) out.push_back({"/members", "required", "a panel needs at least one member"});
    if (members.size() > max_panel_members)
        out.push_back({"/members", "too_many", "a panel has at most " + std::to_string(max_panel_members) + " members"});
    std::set<std::string> seen;
    int chairs = 0;
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (!seen.insert(members[i].user_id).second)
            out.push_back({"/members/" + std::to_string(i) + "/user_id", "duplicate", "is already on the panel"});
        if (members[i].chair) ++chairs;
    }
    if (!members.empty() && chairs != 1)
        out.push_back({"/members", "one_chair", "exactly one member must chair the panel"});
    return out;
}

std::optional<int> evaluation_stage(TenderStatus status) {
    if (status == TenderStatus::stage1_evaluation) return 1;
    if (status == TenderStatus::stage2_evaluation) return 2;
    return std::nullopt;
}

int latest_closed_stage(TenderStatus status) {
    switch (status) {
        case TenderStatus::stage1_evaluation:
        case TenderStatus::stage2_open: return 1;
        case TenderStatus::stage2_evaluation:
        case TenderStatus::standstill:
        case TenderStatus::awarded: return 2;
        default: return 0;
    }
}

bool panels_editable(TenderStatus status) {
    return status != TenderStatus::standstill && status != TenderStatus::awarded && status != TenderStatus::cancelled;
}

std::optional<std::string> panel_for_lot(const std::vector<PanelScope>& panels, const std::string& lot_id) {
    std::optional<std::string> tender_wide;
    for (const auto& panel : panels) {
        if (panel.lot_id == lot_id) return panel.panel_id;
        if (!panel.lot_id) tender_wide = panel.panel_id;
    }
    return tender_wide;
}

bool valid_link_kind(std::string_view kind) {
    return kind == "employer" || kind == "volunteer" || kind == "receives_support" || kind == "family_member_works_for" ||
           kind == "other";
}

bool may_withdraw_conflict(std::size_t scores_recorded) { return scores_recorded == 0; }

}  // namespace collabtender::domain
