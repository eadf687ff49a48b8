#include "app/evaluation/submit_scoresheet.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/evaluation/panel_scores.hpp"
#include "app/notifications/notify.hpp"
#include "domain/gate_assessment.hpp"
#include "domain/refusal.hpp"
#include "persistence/bids_repository.hpp"
#include "persistence/evaluation_repository.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {
namespace {

// The commissioners hear once that the panel evaluating the bid's lot has scored
// every bid of the stage in its lots. Only a submission that completes its own
// bid can complete the panel's work, so the panel's bids are read (at once) only
// then.
void tell_when_panel_done(persistence::Tx& tx, const domain::Principal& panellist, domain::TimePoint now,
                          const persistence::ScoresheetContext& c, const domain::BidId& bid_id, int stage) {
    const auto frames = persistence::lot_frames(tx, c.tender_id);
    const auto& own = frames.at(c.lot_id);
    const auto& panel = own.panel;
    if (!panel) return;
    const int top = domain::scale_max(c.scale);
    if (!bid_scores(panel, own.criteria, top, persistence::bid_evaluation_rows(tx, bid_id, stage)).ready_for_moderation)
        return;
    auto results = persistence::tender_gate_results(tx, c.tender_id, stage);
    auto rows = persistence::panel_evaluation_rows(tx, panel->id, stage);
    int flagged = 0;
    for (const auto& bid : persistence::standing_bids(tx, c.tender_id, stage)) {
        const auto& frame = frames.at(bid.lot_id);
        if (!frame.panel || frame.panel->id != panel->id) continue;  // another panel's lot
        std::vector<domain::GateResult> outcomes;
        for (const auto& r : results[bid.bid_id]) outcomes.push_back(r.result);
        if (domain::excluded(outcomes)) continue;
        const auto scores = bid_scores(panel, frame.criteria, top, std::move(rows[bid.bid_id]));
        if (!scores.ready_for_moderation) return;
        flagged += scores.flagged_unmoderated;
    }
    const auto tender = persistence::find_tender(tx, c.tender_id);
    auto names = tender_names(*tender);
    names["panel"] = panel->name;
    names["stage"] = std::to_string(stage);
    names["flagged"] = flagged == 0 ? "No scores disagree enough to need moderation."
                                    : std::to_string(flagged) + " flagged score(s) need a consensus before feedback or award.";
    tell(tx, panellist, now,
         {"scoring_complete", persistence::audience::Commissioners{c.tender_organisation_id}, std::move(names),
          "/tenders/" + c.tender_id.str() + "/evaluation",
          "scoring-complete-" + panel->id.str() + "-" + std::to_string(stage)});
}

}  // namespace

Scoresheet submit_scoresheet(persistence::Connection& db, const domain::Principal& panellist,
                             const domain::BidId& bid_id, domain::TimePoint now) {
    Scoresheet sheet;
    db.transact([&](persistence::Tx& tx) {
        const auto c = persistence::scoresheet_context(tx, bid_id, panellist.user_id);
        const int stage = scoring_stage(c, panellist);
        sheet = scoresheet_of(*c, bid_id, stage);
        if (sheet.submitted_at) return;
        domain::refuse_if(domain::check_scoresheet(sheet.criteria, domain::scale_min(c->scale), domain::scale_max(c->scale)));
        persistence::submit_scoresheet(tx, bid_id, stage, panellist.user_id, now);
        append_audit(tx, panellist, now, {c->tender_id, "scores.submit", "bid", bid_id, nullptr,
                                          boost::json::object{{"stage", stage}}});
        sheet.submitted_at = std::chrono::floor<std::chrono::microseconds>(now);  // as stored
        tell_when_panel_done(tx, panellist, now, *c, bid_id, stage);
    });
    return sheet;
}

}  // namespace collabtender::app
