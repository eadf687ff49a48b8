#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/accounts.hpp"
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
// A piece of a document's stored bytes as a download sends them, each piece in a
// transaction of its own (who may read it was settled as the download began).
std::string read_document_piece(persistence::Connection& db, const domain::DocumentId& document_id, std::uint64_t offset,
                                std::size_t size);

}  // namespace collabtender::app
