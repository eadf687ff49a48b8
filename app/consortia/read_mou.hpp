#pragma once

#include <cstdint>
#include <string>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "persistence/consortia_repository.hpp"

namespace collabtender::app {

struct MouToRead {
    domain::ConsortiumId consortium_id;
    persistence::MouDocument document;  // its bytes are read in pieces as they are sent
};

// The memorandum, for the consortium's members, organisations invited into it (they
// decide whether to join on it) and the owning body. Refuses anyone else and a
// consortium without a memorandum (not_found).
MouToRead read_mou(persistence::Connection& db, const domain::Principal& principal,
                   const domain::ConsortiumId& consortium_id);
// A piece of its stored bytes, as read_document_piece.
std::string read_mou_piece(persistence::Connection& db, const domain::ConsortiumId& consortium_id, std::uint64_t offset,
                           std::size_t size);

}  // namespace collabtender::app
