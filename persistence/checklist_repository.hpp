#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/checklist.hpp"
#include "domain/ids.hpp"
#include "domain/login_throttle.hpp"
#include "persistence/database.hpp"

namespace collabtender::persistence {

struct ChecklistVersion {
    int version = 0;
    std::vector<domain::ChecklistElement> elements;
    std::string edited_by;
    domain::TimePoint edited_at;
};

// Newest first; the first is the current checklist.
std::vector<ChecklistVersion> checklist_history(Tx& tx, const domain::TenderId& tender_id);
// Adds version `version`; a concurrent writer of the same version gets Conflict.
void insert_checklist_version(Tx& tx, const domain::TenderId& tender_id, int version,
                              const std::vector<domain::ChecklistElement>& elements, const domain::UserId& user_id,
                              domain::TimePoint now);

}  // namespace collabtender::persistence
