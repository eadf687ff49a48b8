#pragma once

#include <string>

#include "app/consortia/consortium_access.hpp"
#include "domain/ids.hpp"
#include "persistence/consortia_repository.hpp"

namespace collabtender::app {

// Refuses a change now (domain::require_membership_changeable): the tender no
// longer takes participation, or the consortium has submitted.
void require_changeable(const VisibleConsortium& visible);

// After any change to a consortium (by `actor`): its version moves on and its
// bids' sign-offs that no longer match the draft (members and shares are signed
// too) become void (app::void_consortium_sign_offs).
void consortium_changed(persistence::Tx& tx, const domain::ConsortiumId& consortium_id, const domain::Principal& actor,
                        domain::TimePoint now);
// The same, then the consortium as it now stands: what a change answers with.
persistence::ConsortiumRecord changed_consortium(persistence::Tx& tx, const domain::ConsortiumId& consortium_id,
                                                 const domain::Principal& actor, domain::TimePoint now);

}  // namespace collabtender::app
