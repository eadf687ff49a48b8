#include "domain/money.hpp"

#include <limits>

namespace collabtender::domain {

std::int64_t value_over_months(std::int64_t annual_pence, std::int64_t months) {
    const __int128 total = (static_cast<__int128>(annual_pence) * months + 6) / 12;
    constexpr auto largest = std::numeric_limits<std::int64_t>::max();
    constexpr auto smallest = std::numeric_limits<std::int64_t>::min();
    return total > largest ? largest : total < smallest ? smallest : static_cast<std::int64_t>(total);
}

std::string format_pounds(std::int64_t pence) {
    const bool negative = pence < 0;
    const auto magnitude = negative ? -static_cast<unsigned long long>(pence) : static_cast<unsigned long long>(pence);
    auto pounds = std::to_string(magnitude / 100);
    for (int at = static_cast<int>(pounds.size()) - 3; at > 0; at -= 3) pounds.insert(static_cast<std::size_t>(at), ",");
    const auto rest = magnitude % 100;
    const bool show_pence = rest != 0 || magnitude < 100'000;
    return std::string{negative ? "-" : ""} + "£" + pounds +
           (show_pence ? "." + std::string{rest < 10 ? "0" : ""} + std::to_string(rest) : "");
}

}  // namespace collabtender::domain
