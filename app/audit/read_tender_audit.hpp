#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "persistence/audit_repository.hpp"
#include "persistence/database.hpp"

namespace collabtender::app {

// Who acted, in words, read now rather than kept in the chain (a person's name
// may change or be erased; the chain keeps the id): the owning body's own
// people by name, anyone else by their organisation.
struct ActorNames {
    std::optional<std::string> person;
    std::optional<std::string> organisation;
};

struct AuditedEvent {
    boost::json::object event;  // the canonical event, as chained
    std::string previous_hash;
    std::string hash;
    std::optional<ActorNames> actor;  // none when no one signed in acted
};

// The chain's links as events, each actor in words as `names` reads them (once per person).
std::vector<AuditedEvent> audited_events(std::vector<persistence::AuditLink> links,
                                         const std::function<ActorNames(const domain::UserId&)>& names);

struct TenderAudit {
    std::vector<AuditedEvent> items;  // oldest first
    long total = 0;
};

struct ReadTenderAudit {
    domain::TenderId tender_id;
    int limit = 20;
    int offset = 0;
};

// A tender's chain for its commissioners. Events about bids and their documents
// appear once the stage's deadline has passed. Refuses a tender the caller may
// not know of (not_found) or does not manage (forbidden).
TenderAudit read_tender_audit(persistence::Connection& db, const domain::Principal& reader,
                              const ReadTenderAudit& query);

}  // namespace collabtender::app
