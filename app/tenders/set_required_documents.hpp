#pragma once

#include <string>
#include <vector>

#include "app/tenders/read_required_documents.hpp"
#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/required_document.hpp"

namespace collabtender::app {

struct SetRequiredDocuments {
    domain::TenderId tender_id;
    int version = 0;  // the tender's version the commissioner saw (If-Match)
    std::vector<domain::RequiredDocument> documents;
};

// Replaces the set of documents every bid must carry while the tender's
// configuration is editable. Takes and bumps the tender's version. Refuses a
// tender the commissioner may not see or manage (not_found, forbidden), a version
// no longer current (stale) and a frozen tender (tender_frozen).
RequiredDocuments set_required_documents(persistence::Connection& db, const domain::Principal& commissioner,
                                         const SetRequiredDocuments& command, domain::TimePoint now);

}  // namespace collabtender::app
