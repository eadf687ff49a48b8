#include <boost/json.hpp>

#include "api/evaluation/lot_ranking.hpp"
#include "api/evaluation/outcome_reasons.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "domain/scoring.hpp"
#include "persistence/awards_repository.hpp"
#include "domain/lot.hpp"

namespace collabtender::api {
namespace {

boost::json::array out_json(const std::vector<domain::OutOfRanking>& items, const RankedLot& lot) {
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
std::string ranking_body(const ManagedLot& managed, const RankedLot& lot) {
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
// and why, and those still awaiting a decision. For the tender's commissioners.
// The ranking is kept ready between changes to what it is computed from: the
// first read after a change computes and stores it; the reads that follow take
// the stored one with one statement beside the sign-in's, outside a transaction
// block, after the same checks.
Response get_ranking(const Request& request, Context& context) {
    const auto lot_id = request.param("lot_id");
    std::optional<std::string> body;
    context.db->autocommit([&](persistence::Tx& tx) {
        const auto read = persistence::read_lot_ranking(tx, lot_id, answer_format);
        if (!read) throw problems::not_found("No such lot.");
        require_manager(read->tender, context.principal);
        domain::require_lot_going_ahead(read->lot_cancelled, domain::LotUse::ranking);
        require_stage2_closed(read->tender);
        body = read->stored.body;
    });
    if (!body)
        context.db->transact([&](persistence::Tx& tx) {
            // The same checks again, in the transaction whose generation is stored.
            const auto managed = managed_lot(tx, lot_id, context.principal);
            require_lot_active(managed.lot);
            require_stage2_closed(managed.tender);
            const auto stored = persistence::stored_ranking(tx, managed.lot.id, answer_format);
            body = stored.body;
            if (body) return;
            body = ranking_body(managed, rank_lot(tx, managed.tender, managed.lot));
            persistence::store_ranking(tx, managed.lot.id, stored.generation, answer_format, *body);
        });
    return Response{200, "application/json", std::move(*body), {}};
}

}  // namespace collabtender::api
