#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/required_document.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

// The documents a tender requires with every bid, as read or written, with the
// tender's version (its ETag).
struct RequiredDocuments {
    std::vector<domain::RequiredDocument> documents;
    int version = 0;
};

// Public with the tender. Refuses a tender the reader may not read (not_found).
RequiredDocuments read_required_documents(persistence::Connection& db, const std::optional<domain::Principal>& reader,
                                          const domain::TenderId& tender_id);

}  // namespace collabtender::app
