#include "api/awards/outcome_letter_json.hpp"

#include <boost/json.hpp>

#include "api/evaluation/outcome_reasons.hpp"
#include "api/json_values.hpp"
#include "domain/scoring.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {
namespace {

// Per criterion, the bid's score and how it was reached ("consensus" or
// "panel_mean"); null where it was not scored.
boost::json::array per_criterion(const app::RankedLot& lot, const std::vector<std::string>& values) {
    boost::json::array out;
    for (std::size_t i = 0; i < lot.criteria.size(); ++i)
        out.push_back(i < values.size() ? boost::json::value(values[i]) : boost::json::value(nullptr));
    return out;
}

boost::json::array scores_json(const app::RankedLot& lot, const domain::BidId& bid_id) {
    return per_criterion(lot, lot.bids.at(bid_id).scores);
}

boost::json::array bases_json(const app::RankedLot& lot, const domain::BidId& bid_id) {
    return per_criterion(lot, lot.bids.at(bid_id).bases);
}

boost::json::value weighted(const app::RankedLot& lot, const domain::BidId& bid_id) {
    for (const auto& r : lot.ranking.ranked)
        if (r.bid_id == bid_id) return boost::json::value(domain::decimal(r.hundredths, 100));
    return nullptr;
}

}  // namespace

boost::json::object outcome_letter_json(const app::OutcomeLetter& l) {
    const auto& ranked = l.ranked;
    boost::json::array criteria, successful;
    for (const auto& c : ranked.criteria) criteria.push_back(boost::json::object{{"title", c.title}, {"weight", c.weight}});
    for (const auto& a : l.decision.awards)
        successful.push_back(boost::json::object{{"consortium", ranked.bids.at(a.bid_id).consortium},
                                                 {"scores", scores_json(ranked, a.bid_id)},
                                                 {"score_bases", bases_json(ranked, a.bid_id)},
                                                 {"weighted_score", weighted(ranked, a.bid_id)}});
    boost::json::object letter{
        {"bid_id", l.bid_id},
        {"dated", domain::format_rfc3339(l.decision.decided_at)},
        {"buyer", {{"name", l.buyer.name}, {"postal_address", nullable(l.buyer.postal_address)}}},
        {"lead_organisation", nullable(l.lead_organisation)},
        {"tender", {{"reference", l.tender.details.reference}, {"title", l.tender.details.title}}},
        {"lot", {{"number", l.lot.details.number}, {"title", l.lot.details.title}}},
        {"consortium", ranked.bids.at(l.bid_id).consortium},
        {"outcome", l.successful ? "successful" : "unsuccessful"},
        {"criteria", std::move(criteria)},
        {"your_scores", scores_json(ranked, l.bid_id)},
        {"your_score_bases", bases_json(ranked, l.bid_id)},
        {"your_weighted_score", weighted(ranked, l.bid_id)},
        {"successful", std::move(successful)},
        {"standstill_ends_at", domain::format_rfc3339(l.decision.standstill_ends_at)}};
    put_reasons(letter, l.reasons);
    return letter;
}

}  // namespace collabtender::api
