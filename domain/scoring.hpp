#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/criteria.hpp"
#include "domain/violation.hpp"

namespace collabtender::domain {

// Scores are whole points on the tender's scale. Everything derived from them is
// computed with integers and rounded once, half away from zero, when shown: no
// floating point, so the same scores always give the same figures.

// An exact decimal of `numerator / denominator` with `places` decimals, rounded
// half up, e.g. decimal(17, 6, 2) == "2.83". The denominator is positive.
std::string decimal(std::int64_t numerator, std::int64_t denominator, int places = 2);

struct Aggregate {
    int count = 0;
    int sum = 0;
    int min = 0;
    int max = 0;
    int twice_median = 0;  // twice the median, so an even count's half point stays whole
    bool flagged = false;  // max - min reached the disagreement threshold

    std::string mean() const { return count ? decimal(sum, count) : ""; }
    std::string median() const { return count ? decimal(twice_median, 2) : ""; }
};

inline constexpr int default_disagreement_threshold = 2;

Aggregate aggregate(std::vector<int> scores, int disagreement_threshold = default_disagreement_threshold);

// Weighted quality score as a percentage, in hundredths of a point: the sum over
// criteria of weight × score ÷ scale maximum, where each criterion's score is
// `sums[i] / count` (a panel mean, or a consensus score with count 1). Rounded
// half up to the hundredth. E.g. weights 60 and 40, scores 3 and 4 out of 4: 8500.
std::int64_t weighted_hundredths(const std::vector<Criterion>& criteria, const std::vector<std::int64_t>& sums,
                                 std::int64_t count, int scale_max);

// What a panellist's scoresheet lacks before it can be submitted: a score on the
// scale and a justification for every criterion.
struct CriterionScore {
    std::optional<int> score;
    std::string justification;
    std::string advice;
};
Violations check_scoresheet(const std::vector<CriterionScore>& scores, int scale_min, int scale_max);
// A single score as it is saved: on the scale, texts within bounds.
Violations check_score(const CriterionScore& score, int scale_min, int scale_max, const std::string& pointer);

}  // namespace collabtender::domain
