#include "domain/panel.hpp"

#include <set>

#include "domain/refusal.hpp"
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

void require_panels_editable(TenderStatus status) {
    if (status == TenderStatus::standstill || status == TenderStatus::awarded || status == TenderStatus::cancelled)
        throw Refusal{RefusalCode::panels_closed, "Panels can no longer be changed on this tender."};
}

void require_no_panel_for(const std::vector<std::optional<LotId>>& existing, const std::optional<LotId>& lot_id) {
    for (const auto& lot : existing)
        if (lot == lot_id)
            throw Refusal{RefusalCode::panel_exists,
                          lot_id ? "This lot already has a panel." : "The tender already has a panel for all lots."};
}

Violations check_panel_seats(bool lot_known, const std::vector<PanelMember>& members,
                             const std::set<std::string>& panellists) {
    Violations out;
    if (!lot_known) out.push_back({"/lot_id", "unknown_lot", "is not a lot of this tender"});
    for (std::size_t i = 0; i < members.size(); ++i)
        if (!panellists.contains(members[i].user_id))
            out.push_back({"/members/" + std::to_string(i) + "/user_id", "not_a_panellist",
                           "is not an active panellist's account"});
    return out;
}

void require_panel_visible(bool manages_tender, bool seated) {
    if (!manages_tender && !seated) throw Refusal{RefusalCode::not_found, "No such panel."};
}

void require_panel_reader(bool manages_tender, bool panellist) {
    if (!manages_tender && !panellist) throw Refusal{RefusalCode::forbidden, "Your account is not allowed to do this."};
}

std::optional<PanelId> panel_for_lot(const std::vector<PanelScope>& panels, const LotId& lot_id) {
    std::optional<PanelId> tender_wide;
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

void require_conflict_withdrawable(std::size_t scores_recorded) {
    if (scores_recorded > 0)
        throw Refusal{RefusalCode::scoring_started,
                      "A declared conflict stands once scoring of this bid has started. Ask the commissioner if it "
                      "was a mistake."};
}

Violations validate_declaration(bool conflicted, const std::optional<std::string>& description) {
    Violations out;
    if (conflicted && !description) out.push_back({"/description", "required", "say what the conflict is"});
    else if (conflicted) check_text(out, *description, "/description", 1, 2000);
    else if (description)
        out.push_back({"/description", "not_applicable", "describe a conflict only when you declare one"});
    return out;
}

void require_not_pre_flagged(const std::vector<std::string>& linked, bool cleared) {
    if (linked.empty() || cleared) return;
    std::string names;
    for (const auto& name : linked)
        if (names.find(name) == std::string::npos) names += (names.empty() ? "" : ", ") + name;
    throw Refusal{RefusalCode::conflict_pre_flagged,
                  "Your profile links you to " + names +
                      ", a partner in this bid. Declare the conflict, or ask the commissioner to clear it."};
}

void require_flagged(bool linked) {
    if (!linked)
        throw Refusal{RefusalCode::not_flagged, "This panellist has no recorded link to this bid's partners."};
}

void require_clearance_withdrawable(bool cleared, bool answered) {
    if (!cleared) throw Refusal{RefusalCode::not_cleared, "This panellist's link has not been cleared."};
    if (answered)
        throw Refusal{RefusalCode::panellist_answered,
                      "The panellist has already answered the conflict question for this bid, relying on the "
                      "clearance. It can no longer be withdrawn."};
}

void require_panel_member(bool member) {
    if (!member) throw Refusal{RefusalCode::not_found, "That person is not on this bid's panel."};
}

}  // namespace collabtender::domain
