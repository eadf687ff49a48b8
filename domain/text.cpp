#include "domain/text.hpp"

#include <algorithm>
#include <cctype>

namespace collabtender::domain {

bool valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == 0) return false;
        const std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || i + length > s.size()) return false;
        for (std::size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += length;
    }
    return true;
}

std::string_view trim(std::string_view text) {
    auto is_space = [](unsigned char c) { return std::isspace(c) != 0; };
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

std::size_t code_points(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

void check_text(Violations& out, const std::string& text, const std::string& pointer, std::size_t min, std::size_t max) {
    const auto length = code_points(trim(text));
    if (length < min || length > max) {
        if (min > 0 && length == 0)
            out.push_back({pointer, "required", "must not be empty"});
        else
            out.push_back({pointer, "invalid_length",
                           "must be " + std::to_string(min) + " to " + std::to_string(max) + " characters"});
    }
}

void check_range(Violations& out, long long value, const std::string& pointer, long long min, long long max) {
    if (value < min || value > max)
        out.push_back({pointer, "out_of_range", "must be from " + std::to_string(min) + " to " + std::to_string(max)});
}

void check_text_list(Violations& out, const std::vector<std::string>& items, const std::string& pointer,
                     std::size_t max_items, std::size_t max_length) {
    if (items.size() > max_items)
        out.push_back({pointer, "too_many", "must have at most " + std::to_string(max_items) + " entries"});
    for (std::size_t i = 0; i < items.size(); ++i)
        check_text(out, items[i], pointer + "/" + std::to_string(i), 1, max_length);
}

std::string escape_html(std::string_view text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::vector<std::string> list_items(std::string_view text) {
    const auto whole = trim(text);
    std::vector<std::string> lines;
    bool list = true;
    while (!text.empty()) {
        const auto end = text.find('\n');
        const auto line = trim(text.substr(0, end));
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        if (line.empty()) continue;
        list = list && line.starts_with("- ");
        lines.emplace_back(line);
    }
    if (lines.empty()) return {};
    if (!list) return {std::string{whole}};
    for (auto& line : lines) line = std::string{trim(std::string_view{line}.substr(2))};
    return lines;
}

}  // namespace collabtender::domain
