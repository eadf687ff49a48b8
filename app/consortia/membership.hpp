#pragma once

#include <functional>
#include <string>

#include "app/consortia/consortium_access.hpp"
#include "persistence/consortia_repository.hpp"

namespace collabtender::app {

// What a change of membership does to the consortium's bids: their sign-offs that
// no longer match the draft (members and shares are signed too) become void. A
// draft's digest is still computed in api/bids, so the caller passes this in until
// the bids move to app/.
using VoidSignOffs = std::function<void(persistence::Tx&, const std::string& consortium_id)>;

// Refuses a change now (domain::require_membership_changeable): the tender no
// longer takes participation, or the consortium has submitted.
void require_changeable(const VisibleConsortium& visible);

// After any change to a consortium: its version moves on and its bids' sign-offs
// are checked.
void consortium_changed(persistence::Tx& tx, const std::string& consortium_id, const VoidSignOffs& void_sign_offs);
// The same, then the consortium as it now stands: what a change answers with.
persistence::ConsortiumRecord changed_consortium(persistence::Tx& tx, const std::string& consortium_id,
                                                 const VoidSignOffs& void_sign_offs);

}  // namespace collabtender::app
