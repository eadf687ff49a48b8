#include <map>

#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/authorization.hpp"
#include "api/evaluation/gate_checks.hpp"
#include "api/evaluation/panel_scores.hpp"
#include "persistence/evaluation_repository.hpp"
#include "api/handlers.hpp"
#include "api/notifications/notices.hpp"
#include "api/preconditions.hpp"
#include "api/problem.hpp"
#include "api/tenders/lot_bids.hpp"
#include "api/tenders/tender_json.hpp"
#include "domain/bid_section.hpp"
#include "domain/tender_lifecycle.hpp"
#include "persistence/bids_repository.hpp"
#include "persistence/sections_repository.hpp"
#include "persistence/notifications_repository.hpp"

namespace collabtender::api {
namespace {

// The facts the step's preconditions look at, read under the tender's row lock:
// only publishing the PIN and opening stage 1 look at lots, criteria and gates.
domain::TenderFacts facts_of(persistence::Tx& tx, const persistence::TenderRecord& tender, domain::TenderAction action,
                             domain::TimePoint now) {
    using domain::TenderAction;
    domain::TenderFacts facts;
    facts.status = tender.status;
    facts.has_pin_summary = !tender.details.pin_summary.empty();
    facts.timetable = tender.details.timetable;
    facts.now = now;
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
        std::string id;
        const persistence::LotFrame* frame;
        std::vector<persistence::GateResultRecord> results;
    };
    std::map<std::string, persistence::LotFrame> frames;
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
    for (const auto& bid : stage.bids) {
        const auto results = outcomes(bid.results);
        if (domain::excluded(results)) continue;
        if (!domain::all_passed(results)) ++facts.undecided_gates;
        const auto scores = bid_scores(bid.frame->panel, bid.frame->criteria, scale_max(tender), std::move(rows[bid.id]));
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
        if (!failed_gates(bid.results).empty()) {
            std::vector<domain::Gate> gates;
            for (const auto& g : bid.frame->gates) gates.push_back(from_stored(g));
            next = "Your bid did not meet a minimum requirement in stage 1, so it is out of this tender and "
                   "cannot be revised. " + exclusion_reasons(gates, bid.results);
        }
        out.push_back({"feedback_released", persistence::Audience::bid_partners, bid.id, {{"next_step", next}},
                       "/bids/" + bid.id + "/feedback", std::nullopt});
    }
    return out;
}

// Who hears of the step: providers following the tender when its notice or its
// first stage is published; each panel's members when a stage closes and its
// bids are theirs to score.
void tell_followers(persistence::Tx& tx, const Context& context, domain::TenderAction action,
                    const persistence::TenderRecord& tender) {
    using domain::TenderAction;
    const auto page = "/opportunities/" + tender.id;
    if (action == TenderAction::publish_pin)
        tell(tx, context,
             {"pin_published", persistence::Audience::tender_followers, tender.id, tender_names(tender), page, {}});
    if (action == TenderAction::open_stage1) {
        auto names = tender_names(tender);
        if (tender.details.timetable.stage1_deadline)
            names["deadline"] = domain::readable_time(*tender.details.timetable.stage1_deadline);
        tell(tx, context, {"tender_published", persistence::Audience::tender_followers, tender.id, names, page, {}});
    }
    if (action == TenderAction::close_stage1 || action == TenderAction::close_stage2) {
        const auto stage = action == TenderAction::close_stage1 ? "1" : "2";
        auto names = tender_names(tender);
        names["stage"] = stage;
        std::vector<persistence::Notice> notices;
        for (const auto& panel : persistence::list_panels(tx, tender.id)) {
            names["panel"] = panel.name;
            for (const auto& member : panel.members)
                notices.push_back({"bids_ready", persistence::Audience::user, member.member.user_id, names, "/panels",
                                   "bids-ready-" + panel.id + "-" + stage});
        }
        app::tell(tx, context.principal, context.now, notices);
    }
}

}  // namespace

// POST /api/v1/tenders/{tender_id}/actions/{action}: one explicit step of the
// lifecycle. 409 names every unmet precondition at once.
Response post_tender_action(const Request& request, Context& context) {
    const auto action = domain::parse_tender_action(request.param("action"));
    if (!action) throw problems::not_found("There is no such action for tenders.");
    // The body is optional, except that cancelling needs a reason.
    std::string reason;
    const auto body = request.body.empty() ? boost::json::object{} : parse_json_object(request);
    FieldReader fields{body};
    fields.text("reason", reason, *action == domain::TenderAction::cancel ? Need::required : Need::optional);
    bool show_scores = false;  // releasing feedback: whether bidders see their consensus scores
    if (*action == domain::TenderAction::release_feedback) fields.boolean("show_scores", show_scores, Need::optional);
    fields.finish();

    std::optional<persistence::TenderRecord> updated;
    context.db->transact([&](persistence::Tx& tx) {
        using domain::TenderAction;
        const auto tender = manageable_tender(tx, request.param("tender_id"), context.principal);
        auto facts = facts_of(tx, tender, *action, context.now);
        facts.cancel_reason = reason;
        facts.minimum_bids = tender.details.minimum_bids;
        const bool closes = *action == TenderAction::close_stage1 || *action == TenderAction::close_stage2;
        const int stage = *action == TenderAction::close_stage2 ? 2 : 1;
        if (closes) facts.lot_bids = lot_bids(lot_standings(tx, tender, stage));
        std::optional<StageOne> stage_one_bids;
        if (*action == TenderAction::release_feedback) {
            stage_one_bids = stage_one(tx, tender);
            add_evaluation_facts(tx, tender, *stage_one_bids, facts);
        }
        const auto transition = domain::apply(*action, facts);
        if (!transition.next)
            throw Problem{409, "preconditions-unmet", "Cannot " + std::string{domain::to_string(*action)} + " yet",
                          "The tender does not meet every condition for this step."}
                .with_errors(transition.unmet);
        std::optional<std::string> cancel_reason;
        if (*transition.next == domain::TenderStatus::cancelled) cancel_reason = reason;
        updated = persistence::set_tender_status(tx, tender.id, *transition.next, cancel_reason, context.now);
        if (stage_one_bids) {
            persistence::record_feedback_release(tx, tender.id, show_scores, context.principal->user_id, context.now);
            reopen_sections(tx, *stage_one_bids);
            app::tell(tx, context.principal, context.now, feedback_notices(*stage_one_bids));
        }
        // Closing a stage checks its bids against the minimum requirements at once.
        if (closes) check_gates(tx, *updated, stage, context.now);
        tell_followers(tx, context, *action, *updated);
        audit(tx, context,
              {tender.id, "tender." + std::string{domain::to_string(*action)}, "tender", tender.id,
               boost::json::object{{"status", domain::to_string(tender.status)}},
               boost::json::object{{"status", domain::to_string(updated->status)}, {"version", updated->version}}});
    });
    auto response = json_response(200, tender_json(*updated));
    response.headers.emplace_back("ETag", etag(updated->version));
    return response;
}

}  // namespace collabtender::api
