#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "domain/tender.hpp"

namespace collabtender::domain {

// An award criterion: what bidders answer and panellists score on the tender's scale.
struct Criterion {
    std::string title;
    std::string bidder_guidance;
    std::string panel_guidance;
    int weight = 0;                 // percent of the total
    int word_limit = 500;           // of the bidder's response
    std::optional<int> min_score;   // a lower score fails the bid on this criterion

    friend bool operator==(const Criterion&, const Criterion&) = default;
};

// Each criterion on its own, and the set as a whole: quality weights and the price
// weight sum to 100, and minimum scores lie on the scale.
Violations validate_criteria(const std::vector<Criterion>& criteria, int price_weight,
                             const std::vector<ScalePoint>& scale);

// Whose criteria a lot's bids are scored on: the lot's own when it has any, else
// the tender's, which it then inherits. `own_criteria`: how many the lot has of
// its own. Twin of SQL criteria_lot (null when the lot inherits, else the lot).
bool inherits_criteria(std::size_t own_criteria);

}  // namespace collabtender::domain
