#include "domain/scoring.hpp"

#include <algorithm>

#include "domain/text.hpp"

namespace collabtender::domain {

std::string decimal(std::int64_t numerator, std::int64_t denominator, int places) {
    std::int64_t scale = 1;
    for (int i = 0; i < places; ++i) scale *= 10;
    const bool negative = numerator < 0;
    const auto magnitude = negative ? -numerator : numerator;
    const auto scaled = (magnitude * scale * 2 + denominator) / (denominator * 2);  // half up
    auto text = std::to_string(scaled / scale);
    if (places > 0) {
        auto fraction = std::to_string(scaled % scale);
        text += "." + std::string(static_cast<std::size_t>(places) - fraction.size(), '0') + fraction;
    }
    return (negative && scaled != 0 ? "-" : "") + text;
}

Aggregate aggregate(std::vector<int> scores, int disagreement_threshold) {
    Aggregate out;
    if (scores.empty()) return out;
    std::sort(scores.begin(), scores.end());
    out.count = static_cast<int>(scores.size());
    for (int s : scores) out.sum += s;
    out.min = scores.front();
    out.max = scores.back();
    const auto middle = scores.size() / 2;
    out.twice_median = scores.size() % 2 ? 2 * scores[middle] : scores[middle - 1] + scores[middle];
    out.flagged = out.max - out.min >= disagreement_threshold;
    return out;
}

std::int64_t weighted_hundredths(const std::vector<Criterion>& criteria, const std::vector<std::int64_t>& sums,
                                 std::int64_t count, int scale_max) {
    std::int64_t numerator = 0;
    for (std::size_t i = 0; i < criteria.size() && i < sums.size(); ++i) numerator += criteria[i].weight * sums[i];
    const std::int64_t denominator = count * scale_max;
    if (denominator <= 0) return 0;
    return (numerator * 100 * 2 + denominator) / (denominator * 2);
}

Violations check_score(const CriterionScore& score, int scale_min, int scale_max, const std::string& pointer) {
    Violations out;
    if (score.score) check_range(out, *score.score, pointer + "/score", scale_min, scale_max);
    check_text(out, score.justification, pointer + "/justification", 0, 5000);
    check_text(out, score.advice, pointer + "/advice", 0, 5000);
    return out;
}

Violations check_scoresheet(const std::vector<CriterionScore>& scores, int scale_min, int scale_max) {
    Violations out;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        const auto at = "/criteria/" + std::to_string(i);
        if (!scores[i].score) out.push_back({at + "/score", "required", "score this criterion"});
        if (trim(scores[i].justification).empty())
            out.push_back({at + "/justification", "required", "say why you gave this score"});
        const auto found = check_score(scores[i], scale_min, scale_max, at);
        out.insert(out.end(), found.begin(), found.end());
    }
    return out;
}

}  // namespace collabtender::domain
