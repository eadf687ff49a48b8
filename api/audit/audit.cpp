#include "api/audit/audit.hpp"

#include <algorithm>
#include <vector>

#include <boost/json.hpp>

namespace collabtender::api {

boost::json::array field_names(const boost::json::object& patch) {
    std::vector<std::string> names;
    for (const auto& field : patch) names.emplace_back(field.key());
    std::sort(names.begin(), names.end());
    return boost::json::array(names.begin(), names.end());
}

void audit(persistence::Tx& tx, const Context& context, const AuditEntry& entry,
           const std::optional<domain::Principal>& actor) {
    app::append_audit(tx, actor ? actor : context.principal, context.now, entry);
}

}  // namespace collabtender::api
