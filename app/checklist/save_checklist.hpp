#pragma once

#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "persistence/checklist_repository.hpp"

namespace collabtender::app {

struct SaveChecklist {
    domain::TenderId tender_id;
    int expected_version = 0;  // the version replaced (If-Match), 0 before the first save
    std::vector<domain::ChecklistElement> elements;
};

// The tender's commissioners save a new version of its checklist; earlier
// versions stay as its history. Refuses a tender the caller may not see
// (not_found), anyone but its commissioners (forbidden) and an older version
// (stale). Returns the version saved.
persistence::ChecklistVersion save_checklist(persistence::Connection& db, const domain::Principal& commissioner,
                                             const SaveChecklist& command, domain::TimePoint now);

}  // namespace collabtender::app
