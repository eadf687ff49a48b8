#pragma once

// Sign-offs that no longer match what they signed: a member signs off the draft
// as it stands (responses, declarations, documents, members and shares), so a
// change to any of them voids the sign-offs of the earlier draft.
#include <string>

#include "app/bids/bid_context.hpp"
#include "domain/ids.hpp"

namespace collabtender::app {

// After the draft or its documents changed (`bid` as it now is): sign-offs of an
// earlier draft are void, and each signing organisation still a member hears so once.
void void_changed_sign_offs(persistence::Tx& tx, const BidContext& bid, const domain::Principal& actor,
                            domain::TimePoint now);
// After the consortium's membership changed: the same for each of its bids while
// a stage is open.
void void_consortium_sign_offs(persistence::Tx& tx, const domain::ConsortiumId& consortium_id,
                               const domain::Principal& actor, domain::TimePoint now);

}  // namespace collabtender::app
