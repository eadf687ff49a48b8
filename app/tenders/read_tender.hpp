#pragma once

#include <optional>
#include <string>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

// A tender as the reader may see it: published ones by anyone, signed in or not,
// drafts by the owning body's commissioners; not_found for anyone else.
persistence::TenderRecord read_tender(persistence::Connection& db, const std::optional<domain::Principal>& reader,
                                      const domain::TenderId& tender_id);

}  // namespace collabtender::app
