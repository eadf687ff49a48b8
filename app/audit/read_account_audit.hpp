#pragma once

#include <optional>
#include <string>

#include "app/audit/read_tender_audit.hpp"

namespace collabtender::app {

struct ReadAccountAudit {
    std::optional<std::string> entity_type;  // user, organisation, registration, setting
    std::optional<std::string> entity_id;
    int limit = 20;
    int offset = 0;
};

// For an admin: the account audit trail (the global chain: people invited,
// deactivated, organisations registered, changed, closed, settings changed),
// newest first, each actor by name and organisation.
TenderAudit read_account_audit(persistence::Connection& db, const ReadAccountAudit& query);

}  // namespace collabtender::app
