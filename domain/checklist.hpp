#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/violation.hpp"

namespace collabtender::domain {

// The collaboration checklist used by providers and commissioners: eight elements,
// each scored 2 (good, consistent evidence), 1 (mixed or patchy) or 0 (cannot
// evidence), with comments.
inline constexpr std::string_view checklist_elements[] = {
    "person_centred",         // person-centred commissioning
    "effective",              // quality, values and outcomes, not price
    "ethical",                // a well-regarded, rewarded and supported workforce
    "sustainable",            // financial transparency, viability, reinvestment
    "participation",          // participation in all stages
    "relationships",          // investment in relationships and capacity
    "learning_innovation",    // commissioning for learning and innovation
    "mutual_accountability",  // mutual accountability, proportionate monitoring
};

struct ChecklistElement {
    std::string key;
    int score = 0;
    std::string comments;

    friend bool operator==(const ChecklistElement&, const ChecklistElement&) = default;
};

// Every element exactly once, in any order; scores 0-2.
Violations validate_checklist(const std::vector<ChecklistElement>& elements);

}  // namespace collabtender::domain
