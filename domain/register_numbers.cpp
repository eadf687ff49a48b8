#include "domain/register_numbers.hpp"

#include <algorithm>
#include <cctype>

namespace collabtender::domain {
namespace {

// Upper case, without spaces: how the registers print their numbers.
std::string compact(std::string_view text) {
    std::string out;
    for (const unsigned char c : text)
        if (!std::isspace(c)) out.push_back(static_cast<char>(std::toupper(c)));
    return out;
}

bool digits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

bool letters(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isupper(c); });
}

}  // namespace

std::optional<std::string> charity_number(std::string_view text) {
    const auto number = compact(text);
    if (number.size() == 8 && number.starts_with("SC") && digits(std::string_view{number}.substr(2))) return number;
    return std::nullopt;
}

std::optional<std::string> company_number(std::string_view text) {
    auto number = compact(text);
    if (digits(number) && number.size() <= 8) return std::string(8 - number.size(), '0') + number;
    if (number.size() == 8 && letters(std::string_view{number}.substr(0, 2)) &&
        digits(std::string_view{number}.substr(2)))
        return number;
    return std::nullopt;
}

std::optional<std::string> care_inspectorate_number(std::string_view text) {
    const auto number = compact(text);
    if (number.size() == 12 && (number.starts_with("CS") || number.starts_with("SP")) &&
        digits(std::string_view{number}.substr(2)))
        return number;
    return std::nullopt;
}

}  // namespace collabtender::domain
