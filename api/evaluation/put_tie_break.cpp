#include <algorithm>
#include <set>

#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/evaluation/lot_ranking.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/json_values.hpp"
#include "api/problem.hpp"
#include "domain/text.hpp"
#include "persistence/awards_repository.hpp"

namespace collabtender::api {

// PUT /api/v1/lots/{lot_id}/tie-break: the commissioner's recorded decision among
// bids level on every score, {"order": [bid ids, first ranked first], "reason"}:
// the last rule of the tie-break, applied only where the scores cannot decide.
Response put_tie_break(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    std::vector<std::string> order;
    std::string reason;
    fields.texts("order", order);
    fields.text("reason", reason);
    domain::Violations more;
    domain::check_text(more, reason, "/reason", 1, 2000);
    if (order.size() < 2) more.push_back({"/order", "too_few", "name at least two tied bids"});
    if (std::set<std::string>(order.begin(), order.end()).size() != order.size())
        more.push_back({"/order", "duplicate", "names a bid twice"});
    fields.finish(more);

    context.db->transact([&](persistence::Tx& tx) {
        const auto managed = managed_lot(tx, request.param("lot_id"), context.principal, true);
        require_lot_active(managed.lot);
        require_stage2_closed(managed.tender);
        if (managed.tender.status != domain::TenderStatus::stage2_evaluation)
            throw problems::conflict("Ties are decided before awards are proposed.");
        const auto ranked = rank_lot(tx, managed.tender, managed.lot).ranking.ranked;
        domain::Violations unknown;
        for (std::size_t i = 0; i < order.size(); ++i)
            if (std::none_of(ranked.begin(), ranked.end(), [&](const auto& r) { return r.bid_id == order[i]; }))
                unknown.push_back({"/order/" + std::to_string(i), "not_ranked", "is not a ranked bid of this lot"});
        if (!unknown.empty()) throw problems::validation(unknown);
        std::vector<persistence::TieBreakRecord> records;
        for (std::size_t i = 0; i < order.size(); ++i) records.push_back({order[i], static_cast<int>(i) + 1, reason});
        persistence::replace_tie_breaks(tx, managed.lot.id, records, context.principal->user_id, context.now);
        audit(tx, context, {managed.tender.id, "tie_break.record", "lot", managed.lot.id, nullptr,
                            boost::json::object{{"order", strings(order)}}});
    });
    return json_response(200, boost::json::object{{"lot_id", request.param("lot_id")}, {"order", strings(order)},
                                                  {"reason", reason}});
}

}  // namespace collabtender::api
