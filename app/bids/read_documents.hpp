#pragma once

#include <string>
#include <vector>

#include "domain/ids.hpp"
#include "persistence/database.hpp"
#include "persistence/documents_repository.hpp"

namespace collabtender::app {

// A bid's documents as the caller's organisation may see them: others'
// evaluators_only documents are neither listed nor counted. not_found for anyone
// not a member of the bid's consortium.
std::vector<persistence::DocumentRecord> read_documents(persistence::Connection& db, const domain::Principal& member,
                                                        const domain::BidId& bid_id);
// One of them, to download; not_found when the caller may not see it.
persistence::DocumentRecord read_document(persistence::Connection& db, const domain::Principal& member,
                                          const domain::BidId& bid_id, const domain::DocumentId& document_id);

}  // namespace collabtender::app
