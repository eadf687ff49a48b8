#include "domain/word_diff.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace collabtender::domain {
namespace {

std::vector<std::string_view> words(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t at = 0;
    while (at < text.size()) {
        while (at < text.size() && std::isspace(static_cast<unsigned char>(text[at]))) ++at;
        const auto start = at;
        while (at < text.size() && !std::isspace(static_cast<unsigned char>(text[at]))) ++at;
        if (at > start) out.push_back(text.substr(start, at - start));
    }
    return out;
}

void append(std::vector<DiffRun>& out, DiffRun::Kind kind, std::string_view word) {
    if (!out.empty() && out.back().kind == kind) out.back().text += " " + std::string{word};
    else out.push_back({kind, std::string{word}});
}

}  // namespace

std::string_view to_string(DiffRun::Kind kind) {
    switch (kind) {
        case DiffRun::Kind::same: return "same";
        case DiffRun::Kind::removed: return "removed";
        case DiffRun::Kind::added: return "added";
    }
    return "same";
}

// Longest common subsequence over words: quadratic, so long texts are bounded.
std::vector<DiffRun> word_diff(std::string_view before, std::string_view after) {
    const auto a = words(before), b = words(after);
    std::vector<DiffRun> out;
    if (a.size() > max_diff_words || b.size() > max_diff_words) {
        if (!a.empty()) out.push_back({DiffRun::Kind::removed, std::string{before}});
        if (!b.empty()) out.push_back({DiffRun::Kind::added, std::string{after}});
        return out;
    }
    // lengths[i][j]: the LCS of a[i..] and b[j..].
    std::vector<std::vector<std::uint16_t>> lengths(a.size() + 1, std::vector<std::uint16_t>(b.size() + 1, 0));
    for (std::size_t i = a.size(); i-- > 0;)
        for (std::size_t j = b.size(); j-- > 0;)
            lengths[i][j] = a[i] == b[j] ? static_cast<std::uint16_t>(lengths[i + 1][j + 1] + 1)
                                         : std::max(lengths[i + 1][j], lengths[i][j + 1]);
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] == b[j]) {
            append(out, DiffRun::Kind::same, a[i]);
            ++i, ++j;
        } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
            append(out, DiffRun::Kind::removed, a[i++]);
        } else {
            append(out, DiffRun::Kind::added, b[j++]);
        }
    }
    for (; i < a.size(); ++i) append(out, DiffRun::Kind::removed, a[i]);
    for (; j < b.size(); ++j) append(out, DiffRun::Kind::added, b[j]);
    return out;
}

}  // namespace collabtender::domain
