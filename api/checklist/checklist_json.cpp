#include "api/checklist/checklist_json.hpp"

#include <boost/json.hpp>

#include "domain/time_format.hpp"

namespace collabtender::api {

boost::json::object checklist_json(const persistence::ChecklistVersion& v) {
    boost::json::array elements;
    int total = 0;
    for (const auto& e : v.elements) {
        elements.push_back(boost::json::object{{"key", e.key}, {"score", e.score}, {"comments", e.comments}});
        total += e.score;
    }
    boost::json::object out{{"version", v.version}, {"elements", std::move(elements)}, {"total", total},
                            {"maximum", 2 * static_cast<int>(std::size(domain::checklist_elements))}};
    if (v.version > 0) {
        out["edited_by"] = v.edited_by;
        out["edited_at"] = domain::format_rfc3339(v.edited_at);
    }
    return out;
}

}  // namespace collabtender::api
