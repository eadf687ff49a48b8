#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/violation.hpp"

namespace collabtender::domain {

// A lot: one part of a tender, by locality or theme, awarded on its own.
struct LotDetails {
    int number = 0;
    std::string title;
    std::string description;
    std::string locality_or_theme;
    std::vector<std::string> outcomes;
    std::int64_t annual_value_pence = 0;
    int term_months = 0;
    int max_awards = 1;

    friend bool operator==(const LotDetails&, const LotDetails&) = default;
};

Violations validate(const LotDetails& lot);

}  // namespace collabtender::domain

namespace collabtender::domain {

// What a cancelled lot refuses, each said in its own words (lot_cancelled).
enum class LotUse { bidding, reconfirming, ranking };
void require_lot_going_ahead(bool cancelled, LotUse use);

}  // namespace collabtender::domain
