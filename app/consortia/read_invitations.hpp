#pragma once

#include <vector>

#include "domain/accounts.hpp"
#include "persistence/consortia_repository.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

// An open invitation with what the invited organisation weighs before answering:
// the consortium (who else is in, the memorandum) and the lots it has started bids for.
struct OpenInvitation {
    persistence::InvitationRecord invitation;
    persistence::ConsortiumRecord consortium;
    std::vector<persistence::LotRecord> lots;
};

// Open invitations to the caller's organisation: all it sees of a consortium until
// it accepts.
std::vector<OpenInvitation> read_invitations(persistence::Connection& db, const domain::Principal& principal);

}  // namespace collabtender::app
