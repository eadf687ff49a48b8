#include "app/tenders/take_tender_step.hpp"

#include <map>
#include <optional>
#include <vector>

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/evaluation/gates.hpp"
#include "app/evaluation/panel_scores.hpp"
#include "app/notifications/notify.hpp"
#include "app/tenders/lot_standings.hpp"
#include "app/tenders/tender_access.hpp"
#include "domain/bid_section.hpp"
#include "domain/criteria.hpp"
#include "domain/refusal.hpp"
#include "domain/time_format.hpp"
#include "persistence/bids_repository.hpp"
#include "persistence/evaluation_repository.hpp"
#include "persistence/sections_repository.hpp"

namespace collabtender::app {
namespace {

using domain::TenderAction;

// The facts the step's preconditions look at, read under the tender's row lock:
// only publishing the PIN and opening stage 1 look at lots, criteria and gates.
domain::TenderFacts facts_of(persistence::Tx& tx, const persistence::TenderRecord& tender, TenderAction action,
                             domain::TimePoint now) {
    domain::TenderFacts facts;
    facts.status = tender.status;
    facts.has_pin_summary = !tender.details.pin_summary.empty();
    facts.timetable = tender.details.timetable;
    facts.now = now;
    facts.minimum_bids = tender.details.minimum_bids;
    if (action != TenderAction::publish_pin && action != TenderAction::open_stage1) return facts;
    const auto lots = persistence::list_lots(tx, tender.id);
    facts.lots = static_cast<int>(lots.size());
    if (action == TenderAction::publish_pin) return facts;
    const auto valid = [&](const std::vector<domain::Criterion>& criteria) {
        return domain::validate_criteria(criteria, tender.details.price_weight, tender.details.scoring_scale).empty();
    };
    auto criteria = persistence::criteria_by_lot(tx, tender.id);
    facts.criteria = static_cast<int>(criteria[std::nullopt].size());
    facts.criteria_valid = valid(criteria[std::nullopt]);
    // A lot's own criteria must also add up, with the price weight as it is now.
    for (const auto& lot : lots)
        if (const auto own = criteria.find(lot.id); own != criteria.end() && !valid(own->second))
            facts.lots_with_invalid_criteria.push_back(lot.details.number);
    facts.gates = static_cast<int>(persistence::list_gates(tx, tender.id).size());
    return facts;
}

// Stage 1 as feedback is released: each standing bid with its gate results, and
// what its lot is evaluated with, read for the whole tender at once.
struct StageOne {
    struct Bid {
        domain::BidId id;
        const persistence::LotFrame* frame;
        std::vector<persistence::GateResultRecord> results;
    };
    std::map<domain::LotId, persistence::LotFrame> frames;
    std::vector<Bid> bids;
};

StageOne stage_one(persistence::Tx& tx, const persistence::TenderRecord& tender) {
    StageOne out{persistence::lot_frames(tx, tender.id), {}};
    auto results = persistence::tender_gate_results(tx, tender.id, 1);
    for (const auto& b : persistence::standing_bids(tx, tender.id, 1))
        out.bids.push_back({b.bid_id, &out.frames.at(b.lot_id), std::move(results[b.bid_id])});
    return out;
}

std::vector<domain::GateResult> outcomes(const std::vector<persistence::GateResultRecord>& records) {
    std::vector<domain::GateResult> out;
    for (const auto& r : records) out.push_back(r.result);
    return out;
}

// Where stage-1 evaluation stands, for releasing feedback: excluded bids need no
// scores; every other bid needs its gates decided, every unconflicted panellist's
// scores and a consensus on each flagged criterion.
void add_evaluation_facts(persistence::Tx& tx, const persistence::TenderRecord& tender, const StageOne& stage,
                          domain::TenderFacts& facts) {
    auto rows = persistence::tender_evaluation_rows(tx, tender.id, 1);
    const int top = domain::scale_max(tender.details.scoring_scale);
    for (const auto& bid : stage.bids) {
        const auto results = outcomes(bid.results);
        if (domain::excluded(results)) continue;
        if (!domain::all_passed(results)) ++facts.undecided_gates;
        const auto scores = bid_scores(bid.frame->panel, bid.frame->criteria, top, std::move(rows[bid.id]));
        if (!scores.ready_for_moderation) ++facts.unscored_bids;
        facts.unmoderated_flags += scores.flagged_unmoderated;
    }
}

// Stage 2 starts every section of every bid that may revise in progress again,
// from the text it stood at in stage 1 (drafts cannot change after a deadline).
void reopen_sections(persistence::Tx& tx, const StageOne& stage) {
    using Kind = domain::SectionKey::Kind;
    std::vector<persistence::BidSection> sections;
    for (const auto& bid : stage.bids) {
        if (domain::excluded(outcomes(bid.results))) continue;
        const auto reopen = [&](Kind kind, std::size_t count) {
            for (std::size_t i = 0; i < count; ++i)
                sections.push_back({bid.id, domain::to_string({kind, static_cast<int>(i)})});
        };
        reopen(Kind::response, bid.frame->criteria.size());
        reopen(Kind::declaration, bid.frame->gates.size());
        reopen(Kind::document, static_cast<std::size_t>(bid.frame->required_documents));
    }
    persistence::set_sections_status(tx, sections, "in_progress");
}

// With the feedback, each partnership hears whether it goes on to stage 2.
std::vector<persistence::Notice> feedback_notices(const StageOne& stage) {
    std::vector<persistence::Notice> out;
    for (const auto& bid : stage.bids) {
        std::string next = "It tells you what to improve in your revised bid.";
        if (!failed_gates(bid.results).empty())
            next = "Your bid did not meet a minimum requirement in stage 1, so it is out of this tender and "
                   "cannot be revised. " + exclusion_reasons(bid.frame->gates, bid.results);
        out.push_back({"feedback_released",
                       persistence::audience::BidPartners{bid.id},
                       {{"next_step", next}},
                       "/bids/" + bid.id.str() + "/feedback",
                       std::nullopt});
    }
    return out;
}

// Who hears of the step: providers following the tender when its notice or its
// first stage is published; each panel's members when a stage closes and its
// bids are theirs to score.
std::vector<persistence::Notice> step_notices(persistence::Tx& tx, TenderAction action,
                                              const persistence::TenderRecord& tender) {
    const auto page = "/opportunities/" + tender.id.str();
    if (action == TenderAction::publish_pin)
        return {{"pin_published", persistence::audience::TenderFollowers{tender.id}, tender_names(tender), page, {}}};
    if (action == TenderAction::open_stage1) {
        auto names = tender_names(tender);
        if (tender.details.timetable.stage1_deadline)
            names["deadline"] = domain::readable_time(*tender.details.timetable.stage1_deadline);
        return {{"tender_published", persistence::audience::TenderFollowers{tender.id}, names, page, {}}};
    }
    if (action != TenderAction::close_stage1 && action != TenderAction::close_stage2) return {};
    const auto stage = action == TenderAction::close_stage1 ? "1" : "2";
    auto names = tender_names(tender);
    names["stage"] = stage;
    std::vector<persistence::Notice> notices;
    for (const auto& panel : persistence::list_panels(tx, tender.id)) {
        names["panel"] = panel.name;
        for (const auto& member : panel.members)
            notices.push_back({"bids_ready", persistence::audience::User{member.member.user_id}, names, "/panels",
                               "bids-ready-" + panel.id.str() + "-" + stage});
    }
    return notices;
}

}  // namespace

persistence::TenderRecord take_tender_step(persistence::Connection& db, const domain::Principal& commissioner,
                                           const TakeTenderStep& command, domain::TimePoint now) {
    std::optional<persistence::TenderRecord> updated;
    db.transact([&](persistence::Tx& tx) {
        const auto action = command.action;
        const auto tender = manageable_tender(tx, command.tender_id, commissioner);
        auto facts = facts_of(tx, tender, action, now);
        facts.cancel_reason = command.reason;
        const bool closes = action == TenderAction::close_stage1 || action == TenderAction::close_stage2;
        const int stage = action == TenderAction::close_stage2 ? 2 : 1;
        if (closes) facts.lot_bids = lot_bids(lot_standings(tx, tender, stage));
        std::optional<StageOne> stage_one_bids;
        if (action == TenderAction::release_feedback) {
            stage_one_bids = stage_one(tx, tender);
            add_evaluation_facts(tx, tender, *stage_one_bids, facts);
        }
        const auto transition = domain::apply(action, facts);
        if (!transition.next)
            throw domain::Refusal{domain::RefusalCode::preconditions_unmet,
                                  "The tender does not meet every condition for this step.", transition.unmet};
        std::optional<std::string> cancel_reason;
        if (*transition.next == domain::TenderStatus::cancelled) cancel_reason = command.reason;
        updated = persistence::set_tender_status(tx, tender.id, *transition.next, cancel_reason, now);
        if (stage_one_bids) {
            persistence::record_feedback_release(tx, tender.id, command.show_scores, commissioner.user_id, now);
            reopen_sections(tx, *stage_one_bids);
            tell(tx, commissioner, now, feedback_notices(*stage_one_bids));
        }
        // Closing a stage checks its bids against the minimum requirements at once.
        if (closes) check_gates(tx, *updated, stage, now);
        tell(tx, commissioner, now, step_notices(tx, action, *updated));
        append_audit(tx, commissioner, now,
                     {tender.id, "tender." + std::string{domain::to_string(action)}, "tender", tender.id,
                      boost::json::object{{"status", domain::to_string(tender.status)}},
                      boost::json::object{{"status", domain::to_string(updated->status)}, {"version", updated->version}}});
    });
    return std::move(*updated);
}

}  // namespace collabtender::app
