#include "app/evaluation/panel_scores.hpp"

#include <algorithm>

namespace collabtender::app {

BidScores bid_scores(const std::optional<persistence::PanelRecord>& panel, const std::vector<domain::Criterion>& criteria,
                     int top_score, persistence::BidEvaluationRows rows) {
    BidScores out;
    for (const auto& d : rows.declarations)
        if (d.conflicted) out.conflicted.insert(d.user_id);
    std::set<std::string> submitted;
    for (const auto& s : rows.submissions) submitted.insert(s.user_id);
    if (panel)
        for (const auto& m : panel->members) {
            const auto& id = m.member.user_id;
            if (out.conflicted.contains(id)) continue;
            (submitted.contains(id) ? out.counted : out.awaited).insert(id);
        }
    for (auto& s : rows.scores)
        if (out.counted.contains(s.user_id)) out.scores.push_back(std::move(s));
    for (auto& c : rows.consensus) out.consensus.emplace(c.criterion, std::move(c));

    const auto count = criteria.size();
    std::vector<std::vector<int>> by_criterion(count);
    for (const auto& s : out.scores)
        if (s.criterion >= 0 && static_cast<std::size_t>(s.criterion) < count && s.score.score)
            by_criterion[static_cast<std::size_t>(s.criterion)].push_back(*s.score.score);
    std::vector<std::int64_t> sums, consensus_scores;
    for (std::size_t i = 0; i < count; ++i) {
        out.aggregates.push_back(domain::aggregate(by_criterion[i]));
        sums.push_back(out.aggregates.back().sum);
        const auto agreed = out.consensus.find(static_cast<int>(i));
        if (agreed != out.consensus.end()) consensus_scores.push_back(agreed->second.score);
        else if (out.aggregates.back().flagged) ++out.flagged_unmoderated;
    }
    out.ready_for_moderation = out.awaited.empty() && !out.counted.empty();
    if (!out.counted.empty())
        out.panel_hundredths = domain::weighted_hundredths(criteria, sums, static_cast<std::int64_t>(out.counted.size()), top_score);
    if (count > 0 && consensus_scores.size() == count)
        out.moderated_hundredths = domain::weighted_hundredths(criteria, consensus_scores, 1, top_score);
    return out;
}

BidScores bid_scores(persistence::Tx& tx, const EvaluatedBid& bid) {
    return bid_scores(bid.panel, bid.criteria, domain::scale_max(bid.tender.details.scoring_scale),
                      persistence::bid_evaluation_rows(tx, bid.bid.id, bid.stage));
}

}  // namespace collabtender::app
