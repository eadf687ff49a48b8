#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/tender.hpp"
#include "domain/violation.hpp"

namespace collabtender::domain {

// Who sits on an evaluation panel. People with lived experience sit beside
// statutory, third-sector and independent members; one member chairs.
enum class PanelMemberKind { lived_experience, statutory, third_sector, independent };

std::string_view to_string(PanelMemberKind kind);
std::optional<PanelMemberKind> parse_panel_member_kind(std::string_view text);

// How a panellist is linked to an organisation: employer, volunteer,
// receives_support, family_member_works_for or other. Any link to a partner in
// a bid pre-flags that bid as a conflict for them.
bool valid_link_kind(std::string_view kind);

// "If you are not sure, answer yes": a conflict declared by mistake may be
// corrected until scoring of that bid starts (anyone on its panel has recorded a
// score); after that the panel's work was done knowing who stood aside.
bool may_withdraw_conflict(std::size_t scores_recorded);

struct PanelMember {
    std::string user_id;
    PanelMemberKind kind = PanelMemberKind::independent;
    bool chair = false;
};

inline constexpr std::size_t max_panel_members = 30;

// A name, at least one member, each once, and exactly one chair.
Violations validate_panel(const std::string& name, const std::vector<PanelMember>& members);

// The stage whose bids are being evaluated now, if any: stage 1 between its
// close and the release of feedback, stage 2 between its close and the award.
std::optional<int> evaluation_stage(TenderStatus status);
// The latest stage whose deadline has passed and whose bids may be opened: 0
// before stage 1 closes.
int latest_closed_stage(TenderStatus status);

// Panels may be formed and changed until the award is proposed.
bool panels_editable(TenderStatus status);

// A tender's panel evaluates one lot, or (lot_id none) every lot without a panel
// of its own.
struct PanelScope {
    std::string panel_id;
    std::optional<std::string> lot_id;
};

// The panel that evaluates a lot, from its tender's panels: the lot's own, else
// the tender's panel for every lot, else none. Twin of SQL panel_for_lot.
std::optional<std::string> panel_for_lot(const std::vector<PanelScope>& panels, const std::string& lot_id);

}  // namespace collabtender::domain
