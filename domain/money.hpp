#pragma once

#include <cstdint>
#include <string>

namespace collabtender::domain {

// Money is whole pence in 64-bit integers. No amount the service takes may
// exceed £10 billion (all of Scotland's social-care spending for a year is about
// half that), which keeps every total it computes far inside the integer's range.
inline constexpr std::int64_t max_amount_pence = 1'000'000'000'000;

// An annual value over a term of months, rounded to the nearest penny: exact for
// any amounts, clamped to the largest integer rather than overflowing.
std::int64_t value_over_months(std::int64_t annual_pence, std::int64_t months);

// "£12.60", "£12.00", "£5,000,000", "£1,250.50": thousands separated, and pence
// shown for amounts under £1,000 (rates, wages) or when there are some.
std::string format_pounds(std::int64_t pence);

}  // namespace collabtender::domain
