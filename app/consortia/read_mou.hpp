#pragma once

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

}  // namespace collabtender::app
