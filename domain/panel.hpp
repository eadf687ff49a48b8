#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/ids.hpp"
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
// score); after that the panel's work was done knowing who stood aside
// (scoring_started).
void require_conflict_withdrawable(std::size_t scores_recorded);

// A declaration: a conflict is described (1 to 2000 characters), "no conflict" is not.
Violations validate_declaration(bool conflicted, const std::optional<std::string>& description);

// A panellist linked to partners of a bid (`linked`: the partners' names, one per
// link) cannot declare "no conflict" until the commissioner clears the link
// (conflict_pre_flagged, naming them).
void require_not_pre_flagged(const std::vector<std::string>& linked, bool cleared);
// The commissioner clears a pre-flag only (not_flagged), and withdraws a
// clearance that exists (not_cleared) while the panellist has not yet answered
// the conflict question relying on it (panellist_answered).
void require_flagged(bool linked);
void require_clearance_withdrawable(bool cleared, bool answered);
// A pre-flag is decided for a member of the bid's panel: not_found for anyone else.
void require_panel_member(bool member);

struct PanelMember {
    UserId user_id;
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

// Panels may be formed and changed until the award is proposed (panels_closed).
void require_panels_editable(TenderStatus status);
// One panel per lot, and one for every lot (`lot_id` none): panel_exists when
// one of `existing` (the tender's panels' lots) already covers it.
void require_no_panel_for(const std::vector<std::optional<LotId>>& existing, const std::optional<LotId>& lot_id);
// Who sits on a panel: active panellists' accounts only (not_a_panellist at
// /members/i/user_id), for a lot of the tender (`lot_known`; unknown_lot).
Violations check_panel_seats(bool lot_known, const std::vector<PanelMember>& members,
                             const std::set<std::string>& panellists);
// The tender's commissioners see every panel, a panellist those they sit on:
// not_found for anyone else.
void require_panel_visible(bool manages_tender, bool seated);
// A tender's list of panels is for its commissioners and panellists (forbidden).
void require_panel_reader(bool manages_tender, bool panellist);

// A tender's panel evaluates one lot, or (lot_id none) every lot without a panel
// of its own.
struct PanelScope {
    PanelId panel_id;
    std::optional<LotId> lot_id;
};

// The panel that evaluates a lot, from its tender's panels: the lot's own, else
// the tender's panel for every lot, else none. Twin of SQL panel_for_lot.
std::optional<PanelId> panel_for_lot(const std::vector<PanelScope>& panels, const LotId& lot_id);

}  // namespace collabtender::domain
