#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace collabtender::domain {

// A word-by-word comparison of two texts, for reading what changed between two
// versions of a section: runs of words kept, removed or added, in order.
struct DiffRun {
    enum class Kind { same, removed, added } kind;
    std::string text;  // the run's words, separated by single spaces
};

// Beyond this many words a text is compared as one block: the comparison needs
// words × words cells (8 MB at the bound).
inline constexpr std::size_t max_diff_words = 2000;

std::vector<DiffRun> word_diff(std::string_view before, std::string_view after);
std::string_view to_string(DiffRun::Kind kind);

}  // namespace collabtender::domain
