#include "api/audit/audit_json.hpp"

#include <boost/json.hpp>

#include "api/json_values.hpp"

namespace collabtender::api {

boost::json::array audited_json(const std::vector<app::AuditedEvent>& events) {
    boost::json::array items;
    for (const auto& audited : events) {
        auto item = audited.event;
        item["previous_hash"] = audited.previous_hash;
        item["hash"] = audited.hash;
        if (audited.actor) {
            item["actor_name"] = nullable(audited.actor->person);
            item["actor_organisation"] = nullable(audited.actor->organisation);
        }
        items.push_back(std::move(item));
    }
    return items;
}

}  // namespace collabtender::api
