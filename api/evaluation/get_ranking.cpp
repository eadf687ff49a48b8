#include <boost/json.hpp>

#include "api/evaluation/lot_ranking.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "domain/scoring.hpp"

namespace collabtender::api {
namespace {

boost::json::array out_json(const std::vector<domain::OutOfRanking>& items, const RankedLot& lot) {
    boost::json::array out;
    for (const auto& o : items) {
        boost::json::array reasons;
        for (const auto& r : o.reasons) reasons.push_back(boost::json::value(r));
        out.push_back(boost::json::object{
            {"bid_id", o.bid_id}, {"consortium", lot.bids.at(o.bid_id).consortium}, {"reasons", std::move(reasons)}});
    }
    return out;
}

}  // namespace

// GET /api/v1/lots/{lot_id}/ranking: after stage 2, the lot's eligible bids in
// order of moderated weighted score, the tie-break applied, every bid that is out
// and why, and those still awaiting a decision. For the tender's commissioners.
Response get_ranking(const Request& request, Context& context) {
    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto managed = managed_lot(tx, request.param("lot_id"), context.principal);
        require_lot_active(managed.lot);
        require_stage2_closed(managed.tender);
        const auto lot = rank_lot(tx, managed.tender, managed.lot);
        boost::json::array ranked;
        for (const auto& r : lot.ranking.ranked) {
            boost::json::array scores;
            for (const auto& s : lot.bids.at(r.bid_id).scores) scores.push_back(boost::json::value(s));
            ranked.push_back(boost::json::object{{"rank", r.rank},
                                                 {"bid_id", r.bid_id},
                                                 {"consortium", lot.bids.at(r.bid_id).consortium},
                                                 {"weighted_score", domain::decimal(r.hundredths, 100)},
                                                 {"scores", std::move(scores)},
                                                 {"tie_break", domain::to_string(r.tie_break)}});
        }
        out = {{"lot_id", managed.lot.id},
               {"tender_id", managed.tender.id},
               {"max_awards", managed.lot.details.max_awards},
               {"ranked", std::move(ranked)},
               {"out", out_json(lot.ranking.out, lot)},
               {"pending", out_json(lot.pending, lot)}};
    });
    return json_response(200, out);
}

}  // namespace collabtender::api
