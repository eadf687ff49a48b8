#pragma once

#include <optional>
#include <string>

#include <boost/json/value.hpp>

#include "persistence/json_ids.hpp"
#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"

namespace collabtender::persistence {
class Tx;
struct AuditEvent;
}

namespace collabtender::app {

// What a state change did, for the audit trail. `before` and `after` summarise
// the change (statuses, versions, scores): never passwords, tokens or the text
// of a conflict declaration, which may reveal a panellist's health.
struct AuditEntry {
    std::optional<domain::TenderId> tender_id;  // the tender's chain, else the global chain
    std::string action;                    // e.g. "tender.publish_pin", "score.save"
    std::string entity_type;               // e.g. "tender", "bid", "panel"
    std::string entity_id;
    boost::json::value before = nullptr;
    boost::json::value after = nullptr;
};

// The entry as the event its chain stores: for a statement that appends it with
// the change it records (persistence::save_score).
persistence::AuditEvent audit_event(const std::optional<domain::Principal>& actor, domain::TimePoint at,
                                    const AuditEntry& entry);

// Appends the entry to its chain in the caller's transaction (one statement), so
// the event lands exactly when the change does. `actor`: who acted, if anyone
// signed in.
void append_audit(persistence::Tx& tx, const std::optional<domain::Principal>& actor, domain::TimePoint at,
                  const AuditEntry& entry);

// How a link is chained to the one before: SHA-256(previous_hash + "\n" + event),
// as lower-case hex (the database computes the same when it appends).
std::string link_hash(const std::string& previous_hash, const std::string& event);

}  // namespace collabtender::app
