#include "api/audit/audit.hpp"

#include <algorithm>
#include <vector>

#include <boost/json.hpp>

#include "api/json_values.hpp"
#include "api/time_format.hpp"
#include "persistence/audit_repository.hpp"

namespace collabtender::api {

std::string link_hash(const std::string& previous_hash, const std::string& event) {
    return sha256_hex(previous_hash + "\n" + event);
}

boost::json::array field_names(const boost::json::object& patch) {
    std::vector<std::string> names;
    for (const auto& field : patch) names.emplace_back(field.key());
    std::sort(names.begin(), names.end());
    return boost::json::array(names.begin(), names.end());
}

void audit(persistence::Tx& tx, const Context& context, const AuditEntry& entry,
           const std::optional<domain::Principal>& actor) {
    const auto& who = actor ? actor : context.principal;
    const auto chain = entry.tender_id.value_or("global");
    const auto head = persistence::lock_chain_head(tx, chain);
    // The canonical event: these keys in this order, serialised once and stored as hashed.
    const boost::json::object event{
        {"chain", chain},
        {"position", head.position + 1},
        {"at", format_rfc3339(context.now)},
        {"actor", who ? boost::json::value(who->user_id) : nullptr},
        {"organisation", who ? boost::json::value(who->organisation_id) : nullptr},
        {"role", who ? boost::json::value(domain::to_string(who->role)) : nullptr},
        {"action", entry.action},
        {"entity_type", entry.entity_type},
        {"entity_id", entry.entity_id},
        {"before", entry.before},
        {"after", entry.after},
    };
    auto text = boost::json::serialize(event);
    auto hash = link_hash(head.hash, text);
    persistence::append_link(tx, {chain, head.position + 1, std::move(text), head.hash, std::move(hash)},
                             entry.tender_id, context.now);
}

}  // namespace collabtender::api
