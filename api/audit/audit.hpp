#pragma once

#include <optional>
#include <string>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "api/router.hpp"

namespace collabtender::api {

// What a state change did, for the audit trail. `before` and `after` summarise
// the change (statuses, versions, scores): never passwords, tokens or the text
// of a conflict declaration, which may reveal a panellist's health.
struct AuditEntry {
    std::optional<std::string> tender_id;  // the tender's chain, else the global chain
    std::string action;                    // e.g. "tender.publish_pin", "score.save"
    std::string entity_type;               // e.g. "tender", "bid", "panel"
    std::string entity_id;
    boost::json::value before = nullptr;
    boost::json::value after = nullptr;
};

// Appends the entry to its chain in the caller's transaction, so the event lands
// exactly when the change does. The actor is the signed-in principal, or `actor`
// when given (sign-in, before a principal exists).
void audit(persistence::Tx& tx, const Context& context, const AuditEntry& entry,
           const std::optional<domain::Principal>& actor = std::nullopt);

// The names of a patch's fields, sorted: what a change touched, without its values.
boost::json::array field_names(const boost::json::object& patch);

// hash = SHA-256(previous_hash + "\n" + event), as lower-case hex.
std::string link_hash(const std::string& previous_hash, const std::string& event);

}  // namespace collabtender::api
