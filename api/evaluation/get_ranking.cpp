#include <boost/json.hpp>

#include "api/evaluation/outcome_reasons.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/evaluation/read_ranking.hpp"
#include "domain/scoring.hpp"

namespace collabtender::api {
namespace {

boost::json::array out_json(const std::vector<domain::OutOfRanking>& items, const app::RankedLot& lot) {
    boost::json::array out;
    for (const auto& o : items) {
        boost::json::object item{{"bid_id", o.bid_id}, {"consortium", lot.bids.at(o.bid_id).consortium}};
        put_reasons(item, o.reasons);
        out.push_back(std::move(item));
    }
    return out;
}

// The shape of the answer below: a ranking stored in another shape is computed
// again. One more whenever a field is added, renamed or removed.
constexpr int answer_format = 3;

// The whole answer, as stored: every field comes from the ranking's inputs or
// from the lot's `max_awards` (sql/031_lot_ranking.sql watches both).
std::string ranking_body(const app::ManagedLot& managed, const app::RankedLot& lot) {
    boost::json::array ranked;
    for (const auto& r : lot.ranking.ranked) {
        boost::json::array scores, bases;
        for (const auto& s : lot.bids.at(r.bid_id).scores) scores.push_back(boost::json::value(s));
        for (const auto& b : lot.bids.at(r.bid_id).bases) bases.push_back(boost::json::value(b));
        ranked.push_back(boost::json::object{{"rank", r.rank},
                                             {"bid_id", r.bid_id},
                                             {"consortium", lot.bids.at(r.bid_id).consortium},
                                             {"weighted_score", domain::decimal(r.hundredths, 100)},
                                             {"scores", std::move(scores)},
                                             {"score_bases", std::move(bases)},
                                             {"tie_break", domain::to_string(r.tie_break)}});
    }
    return boost::json::serialize(boost::json::object{{"lot_id", managed.lot.id},
                                                      {"tender_id", managed.tender.id},
                                                      {"max_awards", managed.lot.details.max_awards},
                                                      {"ranked", std::move(ranked)},
                                                      {"out", out_json(lot.ranking.out, lot)},
                                                      {"pending", out_json(lot.pending, lot)}});
}

}  // namespace

// GET /api/v1/lots/{lot_id}/ranking: after stage 2, the lot's eligible bids in
// order of moderated weighted score, the tie-break applied, every bid that is out
// and why, and those still awaiting a decision (app::read_ranking). For the
// tender's commissioners; kept ready between changes to what it is computed from.
Response get_ranking(const Request& request, Context& context) {
    return Response{200,
                    "application/json",
                    app::read_ranking(*context.db, *context.principal, domain::LotId{request.param("lot_id")},
                                      {answer_format, ranking_body}),
                    {}};
}

}  // namespace collabtender::api
