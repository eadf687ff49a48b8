#include "domain/ranking.hpp"

#include <algorithm>

#include "domain/scoring.hpp"

namespace collabtender::domain {
namespace {

// Exact weighted score in percent as a fraction: the sum of weight × sums[i]
// over count × scale_max (weights are percentages).
struct Exact {
    std::int64_t numerator;
    std::int64_t denominator;
};

Exact exact(const Candidate& c, const std::vector<Criterion>& criteria, int scale_max) {
    std::int64_t numerator = 0;
    for (std::size_t i = 0; i < criteria.size() && i < c.sums.size(); ++i) numerator += criteria[i].weight * c.sums[i];
    return {numerator, c.count * scale_max};
}

// -1, 0 or 1 as a / b compares with c / d (denominators positive).
int compare(std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t d) {
    const auto left = a * d, right = c * b;
    return left < right ? -1 : left > right ? 1 : 0;
}

}  // namespace

std::string_view to_string(TieBreak tie_break) {
    switch (tie_break) {
        case TieBreak::none: return "none";
        case TieBreak::highest_weighted_criterion: return "highest_weighted_criterion";
        case TieBreak::commissioner_decision: return "commissioner_decision";
        case TieBreak::unresolved: return "unresolved";
    }
    return "none";
}

Ranking rank(const std::vector<Candidate>& candidates, const std::vector<Criterion>& criteria, int scale_max,
             std::optional<int> quality_threshold) {
    Ranking out;
    std::vector<const Candidate*> eligible;
    for (const auto& c : candidates) {
        std::vector<OutcomeReason> reasons;
        for (std::size_t i = 0; i < criteria.size() && i < c.sums.size(); ++i)
            if (criteria[i].min_score && c.sums[i] < *criteria[i].min_score * c.count)
                reasons.push_back(BelowMinimum{criteria[i].title, decimal(c.sums[i], c.count), *criteria[i].min_score});
        const auto score = exact(c, criteria, scale_max);
        if (quality_threshold && compare(score.numerator, score.denominator, *quality_threshold, 1) < 0)
            reasons.push_back(BelowThreshold{decimal(score.numerator, score.denominator), *quality_threshold});
        if (reasons.empty()) eligible.push_back(&c);
        else out.out.push_back({c.bid_id, std::move(reasons)});
    }

    std::size_t top = 0;  // the highest-weighted criterion, the first of equals
    for (std::size_t i = 1; i < criteria.size(); ++i)
        if (criteria[i].weight > criteria[top].weight) top = i;
    const auto top_score = [&](const Candidate& c) { return criteria.empty() || c.sums.size() <= top ? 0 : c.sums[top]; };

    // How a is ordered against b, and by which rule (negative: a first).
    const auto order = [&](const Candidate& a, const Candidate& b) -> std::pair<int, TieBreak> {
        const auto ea = exact(a, criteria, scale_max), eb = exact(b, criteria, scale_max);
        if (const int by_score = compare(eb.numerator, eb.denominator, ea.numerator, ea.denominator))
            return {by_score, TieBreak::none};
        if (const int by_top = compare(top_score(b), b.count, top_score(a), a.count))
            return {by_top, TieBreak::highest_weighted_criterion};
        if (a.tie_position && b.tie_position && *a.tie_position != *b.tie_position)
            return {*a.tie_position < *b.tie_position ? -1 : 1, TieBreak::commissioner_decision};
        return {0, TieBreak::unresolved};
    };
    std::stable_sort(eligible.begin(), eligible.end(),
                     [&](const Candidate* a, const Candidate* b) { return order(*a, *b).first < 0; });

    for (std::size_t i = 0; i < eligible.size(); ++i) {
        const auto& c = *eligible[i];
        RankedBid r{c.bid_id, static_cast<int>(i) + 1, weighted_hundredths(criteria, c.sums, c.count, scale_max),
                    TieBreak::none};
        if (i > 0) {
            const auto rule = order(*eligible[i - 1], c).second;
            if (rule == TieBreak::unresolved) r.rank = out.ranked.back().rank;
            if (rule != TieBreak::none) {
                r.tie_break = rule;
                if (out.ranked.back().tie_break == TieBreak::none) out.ranked.back().tie_break = rule;
            }
        }
        out.ranked.push_back(r);
    }
    return out;
}

}  // namespace collabtender::domain
