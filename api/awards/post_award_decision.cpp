#include <algorithm>
#include <chrono>
#include <set>

#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/awards/award_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/json_values.hpp"
#include "api/problem.hpp"
#include "domain/text.hpp"

namespace collabtender::api {

// POST /api/v1/lots/{lot_id}/award-decision: the commissioner proposes the lot's
// awards: by default the top-ranked eligible bids up to the lot's maximum;
// {"bid_ids": [...], "reason"} departs from that (fewer, other eligible bids, or
// none) with the reason on record. The standstill starts now; the tender enters
// standstill with its first decision. One decision per lot.
Response post_award_decision(const Request& request, Context& context) {
    const auto body = request.body.empty() ? boost::json::object{} : parse_json_object(request);
    FieldReader fields{body};
    std::vector<std::string> chosen;
    std::optional<std::string> reason;
    const bool overriding = fields.has("bid_ids");
    fields.texts("bid_ids", chosen, Need::optional);
    fields.nullable_text("reason", reason);
    fields.finish();

    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto managed = managed_lot(tx, request.param("lot_id"), context.principal, true);
        require_lot_active(managed.lot);
        require_stage2_closed(managed.tender);
        if (managed.tender.status == domain::TenderStatus::awarded)
            throw problems::conflict("The tender is already awarded.");
        if (persistence::find_award_decision(tx, managed.lot.id))
            throw problems::conflict("This lot's awards have already been proposed.");
        const auto lot = rank_lot(tx, managed.tender, managed.lot);
        if (!lot.pending.empty())
            throw Problem{409, "ranking-incomplete", "Ranking incomplete",
                          "Some bids still await a gate decision, scores or moderation."};
        const auto& ranked = lot.ranking.ranked;
        const auto max = static_cast<std::size_t>(managed.lot.details.max_awards);
        std::vector<std::string> top;
        for (std::size_t i = 0; i < ranked.size() && i < max; ++i) top.push_back(ranked[i].bid_id);
        const bool tie_at_cut = ranked.size() > max && max > 0 && ranked[max - 1].rank == ranked[max].rank;

        domain::Violations violations;
        if (!overriding) {
            if (tie_at_cut)
                throw Problem{409, "tie-unresolved", "Tie unresolved",
                              "Bids tie at the last award place: record the tie-break decision first."};
            chosen = top;
        } else {
            if (chosen.size() > max)
                violations.push_back({"/bid_ids", "too_many", "the lot makes at most " + std::to_string(max) + " award(s)"});
            for (std::size_t i = 0; i < chosen.size(); ++i)
                if (std::none_of(ranked.begin(), ranked.end(), [&](const auto& r) { return r.bid_id == chosen[i]; }))
                    violations.push_back({"/bid_ids/" + std::to_string(i), "not_eligible", "is not an eligible bid of this lot"});
            if (std::set<std::string>(chosen.begin(), chosen.end()) != std::set<std::string>(top.begin(), top.end()) || tie_at_cut) {
                if (!reason) violations.push_back({"/reason", "required", "say why the awards depart from the ranking"});
                else domain::check_text(violations, *reason, "/reason", 1, 2000);
            } else {
                reason.reset();  // the ranking's own choice needs no override reason
            }
        }
        if (!violations.empty()) throw problems::validation(violations);

        persistence::AwardDecision decision{managed.lot.id, managed.tender.id, reason, context.now,
                                            context.now + std::chrono::days{managed.tender.details.timetable.standstill_days},
                                            {}};
        for (const auto& id : chosen)
            decision.awards.push_back(
                {{}, managed.lot.id, id, "proposed", {}, {}, {}, {}, {}, {}, lot.bids.at(id).consortium});
        persistence::insert_award_decision(tx, decision, context.principal->user_id);
        if (managed.tender.status == domain::TenderStatus::stage2_evaluation)
            persistence::set_tender_status(tx, managed.tender.id, domain::TenderStatus::standstill, std::nullopt, context.now);
        tell_lot_bidders(tx, context, lot.stage1_bids, decision, "award_proposed");
        audit(tx, context, {managed.tender.id, "award.propose", "lot", managed.lot.id, nullptr,
                            boost::json::object{{"bid_ids", strings(chosen)}, {"override", reason.has_value()}}});
        out = award_decision_json(*persistence::find_award_decision(tx, managed.lot.id));
    });
    return json_response(201, out);
}

}  // namespace collabtender::api
