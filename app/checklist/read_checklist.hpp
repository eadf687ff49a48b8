#pragma once

// The ethical commissioning checklist is part of the tender's accountability:
// whoever may read the tender may read it (not_found for anyone else).
#include <optional>
#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "persistence/checklist_repository.hpp"

namespace collabtender::app {

// The current checklist: version 0, empty, until first saved.
persistence::ChecklistVersion read_checklist(persistence::Connection& db,
                                             const std::optional<domain::Principal>& reader,
                                             const domain::TenderId& tender_id);
// Every saved version, newest first.
std::vector<persistence::ChecklistVersion> read_checklist_history(persistence::Connection& db,
                                                                  const std::optional<domain::Principal>& reader,
                                                                  const domain::TenderId& tender_id);

}  // namespace collabtender::app
