#include "domain/checklist.hpp"

#include <algorithm>
#include <set>

#include "domain/text.hpp"

namespace collabtender::domain {

Violations validate_checklist(const std::vector<ChecklistElement>& elements) {
    Violations out;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < elements.size(); ++i) {
        const auto& e = elements[i];
        const auto at = "/elements/" + std::to_string(i);
        if (std::find(std::begin(checklist_elements), std::end(checklist_elements), e.key) ==
            std::end(checklist_elements))
            out.push_back({at + "/key", "unknown_element", "is not an element of the checklist"});
        else if (!seen.insert(e.key).second)
            out.push_back({at + "/key", "duplicate", "appears twice"});
        check_range(out, e.score, at + "/score", 0, 2);
        check_text(out, e.comments, at + "/comments", 0, 5000);
    }
    for (const auto key : checklist_elements)
        if (!seen.count(std::string{key}) &&
            std::none_of(out.begin(), out.end(), [](const auto& v) { return v.code == "unknown_element"; }))
            out.push_back({"/elements", "missing_element", "is missing " + std::string{key}});
    return out;
}

}  // namespace collabtender::domain
