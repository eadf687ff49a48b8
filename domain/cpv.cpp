#include "domain/cpv.hpp"

#include <utility>

namespace collabtender::domain {

bool valid_cpv(std::string_view code) {
    if (code.size() != 10 || code[8] != '-') return false;
    static constexpr int weights[] = {3, 7, 1, 3, 7, 1, 3, 7};
    int sum = 0;
    for (std::size_t i = 0; i < 8; ++i) {
        if (code[i] < '0' || code[i] > '9') return false;
        sum += weights[i] * (code[i] - '0');
    }
    return code[9] >= '0' && code[9] <= '9' && sum % 10 == code[9] - '0';
}

std::optional<std::string_view> cpv_title(std::string_view eight_digits) {
    static constexpr std::pair<std::string_view, std::string_view> titles[] = {
        {"85000000", "Health and social work services"},
        {"85300000", "Social work and related services"},
        {"85310000", "Social work services"},
        {"85311000", "Social work services with accommodation"},
        {"85311100", "Welfare services for the elderly"},
        {"85311200", "Welfare services for the handicapped"},
        {"85311300", "Welfare services for children and young people"},
        {"85312000", "Social work services without accommodation"},
        {"85312100", "Daycare services"},
        {"85312400", "Welfare services not delivered through residential institutions"},
        {"85320000", "Social services"},
        {"85321000", "Administrative social services"},
        {"85322000", "Community action programme"},
        {"85323000", "Community health services"},
    };
    for (const auto& [code, title] : titles)
        if (code == eight_digits) return title;
    return std::nullopt;
}

Violations check_followed_codes(const std::vector<std::string>& codes) {
    constexpr std::size_t most = 50;
    Violations out;
    if (codes.size() > most) out.push_back({"/cpv_codes", "too_many", "follow at most 50 codes"});
    for (std::size_t i = 0; i < codes.size() && i < most; ++i)
        if (!valid_cpv(codes[i]))
            out.push_back({"/cpv_codes/" + std::to_string(i), "invalid_cpv", "is not a CPV code such as 85311000-2"});
    return out;
}

}  // namespace collabtender::domain
