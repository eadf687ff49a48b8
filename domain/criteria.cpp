#include "domain/criteria.hpp"

#include "domain/text.hpp"

namespace collabtender::domain {

Violations validate_criteria(const std::vector<Criterion>& criteria, int price_weight,
                             const std::vector<ScalePoint>& scale) {
    Violations out;
    if (criteria.empty() || criteria.size() > 30)
        out.push_back({"/criteria", "invalid_length", "must list 1 to 30 criteria"});
    int total = price_weight;
    for (std::size_t i = 0; i < criteria.size(); ++i) {
        const auto& c = criteria[i];
        const auto at = "/criteria/" + std::to_string(i);
        check_text(out, c.title, at + "/title", 1, 300);
        check_text(out, c.bidder_guidance, at + "/bidder_guidance", 0, 10000);
        check_text(out, c.panel_guidance, at + "/panel_guidance", 0, 10000);
        check_range(out, c.weight, at + "/weight", 1, 100);
        check_range(out, c.word_limit, at + "/word_limit", 50, 10000);
        if (c.min_score) check_range(out, *c.min_score, at + "/min_score", 0, max_score(scale));
        total += c.weight;
    }
    if (!criteria.empty() && total != 100)
        out.push_back({"/criteria", "weights_do_not_sum",
                       "criterion weights plus the price weight (" + std::to_string(price_weight) + ") must be 100, not " +
                           std::to_string(total)});
    return out;
}

bool inherits_criteria(std::size_t own_criteria) { return own_criteria == 0; }

}  // namespace collabtender::domain
