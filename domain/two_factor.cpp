#include "domain/two_factor.hpp"

#include <cctype>

namespace collabtender::domain {

bool two_factor_required(Role role, bool installation_requires) {
    return installation_requires && (role == Role::admin || role == Role::commissioner);
}

std::optional<std::string> one_time_code(std::string_view text) {
    std::string digits;
    for (const unsigned char c : text) {
        if (std::isdigit(c))
            digits.push_back(static_cast<char>(c));
        else if (c != ' ')
            return std::nullopt;
    }
    if (digits.size() != 6) return std::nullopt;
    return digits;
}

std::string normalise_recovery_code(std::string_view text) {
    std::string out;
    for (const unsigned char c : text)
        if (c != '-' && c != ' ') out.push_back(static_cast<char>(std::tolower(c)));
    return out;
}

}  // namespace collabtender::domain
