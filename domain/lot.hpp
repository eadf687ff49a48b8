#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/tender.hpp"
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

// A change to some of a lot's details: each field given replaces the lot's.
struct LotPatch {
    std::optional<int> number;
    std::optional<std::string> title;
    std::optional<std::string> description;
    std::optional<std::string> locality_or_theme;
    std::optional<std::vector<std::string>> outcomes;
    std::optional<std::int64_t> annual_value_pence;
    std::optional<int> term_months;
    std::optional<int> max_awards;
};

LotDetails patched(LotDetails lot, const LotPatch& patch);

}  // namespace collabtender::domain

namespace collabtender::domain {

// What a cancelled lot refuses, each said in its own words (lot_cancelled).
enum class LotUse { bidding, reconfirming, ranking };
void require_lot_going_ahead(bool cancelled, LotUse use);

// A lot is cancelled once, after bidding has begun (before stage 1 opens it is
// deleted instead): refused as lot_already_cancelled or not_cancellable.
void require_lot_cancellable(TenderStatus status, bool already_cancelled);
// ... and before its award is proposed (award_proposed): the standstill is
// suspended instead.
void require_award_not_proposed(bool proposed);

}  // namespace collabtender::domain
