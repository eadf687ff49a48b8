#include "api/evaluation/panel_scores.hpp"

#include <algorithm>

namespace collabtender::api {

int scale_min(const persistence::TenderRecord& tender) {
    const auto& scale = tender.details.scoring_scale;
    return std::min_element(scale.begin(), scale.end(), [](auto& a, auto& b) { return a.score < b.score; })->score;
}

int scale_max(const persistence::TenderRecord& tender) {
    const auto& scale = tender.details.scoring_scale;
    return std::max_element(scale.begin(), scale.end(), [](auto& a, auto& b) { return a.score < b.score; })->score;
}

BidScores bid_scores(persistence::Tx& tx, const EvaluatedBid& bid) {
    BidScores out;
    for (const auto& d : persistence::declarations(tx, bid.bid.id, bid.stage))
        if (d.conflicted) out.conflicted.insert(d.user_id);
    std::set<std::string> submitted;
    for (const auto& s : persistence::scoresheet_submissions(tx, bid.bid.id, bid.stage)) submitted.insert(s.user_id);
    if (bid.panel)
        for (const auto& m : bid.panel->members) {
            const auto& id = m.member.user_id;
            if (out.conflicted.contains(id)) continue;
            (submitted.contains(id) ? out.counted : out.awaited).insert(id);
        }
    for (auto& s : persistence::scores(tx, bid.bid.id, bid.stage))
        if (out.counted.contains(s.user_id)) out.scores.push_back(std::move(s));
    for (auto& c : persistence::consensus(tx, bid.bid.id, bid.stage)) out.consensus.emplace(c.criterion, std::move(c));

    const auto criteria = bid.criteria.size();
    std::vector<std::vector<int>> by_criterion(criteria);
    for (const auto& s : out.scores)
        if (s.criterion >= 0 && static_cast<std::size_t>(s.criterion) < criteria && s.score.score)
            by_criterion[static_cast<std::size_t>(s.criterion)].push_back(*s.score.score);
    std::vector<std::int64_t> sums, consensus_scores;
    for (std::size_t i = 0; i < criteria; ++i) {
        out.aggregates.push_back(domain::aggregate(by_criterion[i]));
        sums.push_back(out.aggregates.back().sum);
        const auto agreed = out.consensus.find(static_cast<int>(i));
        if (agreed != out.consensus.end()) consensus_scores.push_back(agreed->second.score);
        else if (out.aggregates.back().flagged) ++out.flagged_unmoderated;
    }
    out.ready_for_moderation = out.awaited.empty() && !out.counted.empty();
    const int max = scale_max(bid.tender);
    if (!out.counted.empty())
        out.panel_hundredths = domain::weighted_hundredths(bid.criteria, sums, static_cast<std::int64_t>(out.counted.size()), max);
    if (criteria > 0 && consensus_scores.size() == criteria)
        out.moderated_hundredths = domain::weighted_hundredths(bid.criteria, consensus_scores, 1, max);
    return out;
}

}  // namespace collabtender::api
