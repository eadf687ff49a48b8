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
#include "persistence/stored_json.hpp"

namespace collabtender::api {
namespace {

// The facts every precondition looks at, read under the tender's row lock.
domain::TenderFacts facts_of(persistence::Tx& tx, const persistence::TenderRecord& tender, domain::TimePoint now) {
    domain::TenderFacts facts;
    facts.status = tender.status;
    facts.has_pin_summary = !tender.details.pin_summary.empty();
    const auto lots = persistence::list_lots(tx, tender.id);
    facts.lots = static_cast<int>(lots.size());
    const auto valid = [&](const std::vector<domain::Criterion>& criteria) {
        return domain::validate_criteria(criteria, tender.details.price_weight, tender.details.scoring_scale).empty();
    };
    const auto criteria = persistence::list_criteria(tx, tender.id, std::nullopt);
    facts.criteria = static_cast<int>(criteria.size());
    facts.criteria_valid = valid(criteria);
    // A lot's own criteria must also add up, with the price weight as it is now.
    for (const auto& lot : lots) {
        const auto own = persistence::list_criteria(tx, tender.id, lot.id);
        if (!own.empty() && !valid(own)) facts.lots_with_invalid_criteria.push_back(lot.details.number);
    }
    facts.gates = static_cast<int>(persistence::list_gates(tx, tender.id).size());
    facts.timetable = tender.details.timetable;
    facts.now = now;
    return facts;
}

// Where stage-1 evaluation stands, for releasing feedback: excluded bids need no
// scores; every other bid needs its gates decided, every unconflicted panellist's
// scores and a consensus on each flagged criterion.
void add_evaluation_facts(persistence::Tx& tx, const persistence::TenderRecord& tender,
                          const domain::Principal& principal, domain::TenderFacts& facts) {
    for (const auto& submission : persistence::standing_submissions(tx, tender.id, 1)) {
        std::vector<domain::GateResult> results;
        for (const auto& r : persistence::gate_results(tx, submission.bid_id, 1)) results.push_back(r.result);
        if (domain::excluded(results)) continue;
        if (!domain::all_passed(results)) ++facts.undecided_gates;
        const auto scores = bid_scores(tx, evaluated_bid(tx, submission.bid_id, principal, 1));
        if (!scores.ready_for_moderation) ++facts.unscored_bids;
        facts.unmoderated_flags += scores.flagged_unmoderated;
    }
}

// Stage 2 starts every section of every bid that may revise in progress again,
// from the text it stood at in stage 1 (drafts cannot change after a deadline).
void reopen_sections(persistence::Tx& tx, const std::string& tender_id) {
    using Kind = domain::SectionKey::Kind;
    for (const auto& submission : persistence::standing_submissions(tx, tender_id, 1)) {
        if (persistence::excluded_at(tx, submission.bid_id, 1)) continue;
        const auto bid = opened_bid(tx, submission.bid_id, 1);
        const auto reopen = [&](Kind kind, std::size_t count) {
            for (std::size_t i = 0; i < count; ++i)
                persistence::set_section_status(tx, bid.bid.id, domain::to_string({kind, static_cast<int>(i)}),
                                                "in_progress", std::nullopt);
        };
        reopen(Kind::response, bid.criteria.size());
        reopen(Kind::declaration, bid.gates.size());
        reopen(Kind::document, persistence::list_required_documents(tx, tender_id).size());
    }
}

// Who hears of the step: providers following the tender when its notice or its
// first stage is published; each panel's members when a stage closes and its
// bids are theirs to score; each partnership with a stage-1 bid when feedback is
// released.
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
        for (const auto& panel : persistence::list_panels(tx, tender.id)) {
            names["panel"] = panel.name;
            for (const auto& member : panel.members)
                tell(tx, context, {"bids_ready", persistence::Audience::user, member.member.user_id, names, "/panels",
                                   "bids-ready-" + panel.id + "-" + stage});
        }
    }
    if (action == TenderAction::release_feedback) {
        // With the feedback, each partnership hears whether it goes on to stage 2.
        // Gates and their results are read once per lot, not per bid.
        std::map<std::string, std::map<std::string, std::vector<persistence::GateResultRecord>>> results_by_lot;
        std::map<std::string, std::vector<domain::Gate>> gates_by_lot;
        for (const auto& submission : persistence::standing_submissions(tx, tender.id, 1)) {
            const std::string lot_id{persistence::parse_stored_json(submission.content_json).as_object().at("lot_id").as_string()};
            auto [lot_results, first] = results_by_lot.try_emplace(lot_id);
            if (first) {
                lot_results->second = persistence::lot_gate_results(tx, lot_id, 1);
                gates_by_lot.emplace(lot_id, lot_gates(tx, tender.id, lot_id));
            }
            const auto& results = lot_results->second[submission.bid_id];
            std::string next = "It tells you what to improve in your revised bid.";
            if (!failed_gates(results).empty())
                next = "Your bid did not meet a minimum requirement in stage 1, so it is out of this tender and "
                       "cannot be revised. " + exclusion_reasons(gates_by_lot.at(lot_id), results);
            tell_partners(tx, context, submission.bid_id, "feedback_released", "/bids/" + submission.bid_id + "/feedback",
                          {{"next_step", next}});
        }
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
        const auto tender = manageable_tender(tx, request.param("tender_id"), context.principal);
        auto facts = facts_of(tx, tender, context.now);
        facts.cancel_reason = reason;
        facts.minimum_bids = tender.details.minimum_bids;
        if (*action == domain::TenderAction::close_stage1 || *action == domain::TenderAction::close_stage2)
            facts.lot_bids = lot_bids(lot_standings(tx, tender, *action == domain::TenderAction::close_stage1 ? 1 : 2));
        if (*action == domain::TenderAction::release_feedback)
            add_evaluation_facts(tx, tender, *context.principal, facts);
        const auto transition = domain::apply(*action, facts);
        if (!transition.next)
            throw Problem{409, "preconditions-unmet", "Cannot " + std::string{domain::to_string(*action)} + " yet",
                          "The tender does not meet every condition for this step."}
                .with_errors(transition.unmet);
        std::optional<std::string> cancel_reason;
        if (*transition.next == domain::TenderStatus::cancelled) cancel_reason = reason;
        persistence::set_tender_status(tx, tender.id, *transition.next, cancel_reason, context.now);
        updated = persistence::find_tender(tx, tender.id);
        if (*action == domain::TenderAction::release_feedback) {
            persistence::record_feedback_release(tx, tender.id, show_scores, context.principal->user_id, context.now);
            reopen_sections(tx, tender.id);
        }
        // Closing a stage checks its bids against the minimum requirements at once.
        if (*action == domain::TenderAction::close_stage1 || *action == domain::TenderAction::close_stage2) {
            check_gates(tx, *updated, *action == domain::TenderAction::close_stage1 ? 1 : 2, context.now);
        }
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
