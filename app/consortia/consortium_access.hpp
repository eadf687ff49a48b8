#pragma once

#include <string>

#include "domain/accounts.hpp"
#include "domain/time_point.hpp"
#include "persistence/consortia_repository.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

// Who sees a consortium. Members (lead or accepted) and the owning body's
// commissioners (overseers) see it; an invited organisation sees only its
// invitation; anyone else finds nothing there (not_found, so existence does not leak).
enum class ConsortiumRole { none, invited, member, lead, overseer };
ConsortiumRole consortium_role(const domain::Principal& principal, const persistence::ConsortiumRecord& consortium,
                               const persistence::TenderRecord& tender);

struct VisibleConsortium {
    persistence::ConsortiumRecord consortium;
    persistence::TenderRecord tender;
    ConsortiumRole role;
};
// Loads a consortium (row-locked with `lock`) the caller may see as a member or
// overseer; not_found otherwise.
VisibleConsortium visible_consortium(persistence::Tx& tx, const domain::ConsortiumId& id,
                                     const domain::Principal& principal, bool lock = false);
// As visible_consortium, row-locked, for its lead's changes: forbidden for others who see it.
VisibleConsortium led_consortium(persistence::Tx& tx, const domain::ConsortiumId& id,
                                 const domain::Principal& principal);
// As visible_consortium, row-locked, for what its members do (lead or accepted):
// forbidden for the owning body.
VisibleConsortium member_consortium(persistence::Tx& tx, const domain::ConsortiumId& id,
                                    const domain::Principal& principal);
// As visible_consortium, row-locked, for what the owning body decides: forbidden for members.
VisibleConsortium overseen_consortium(persistence::Tx& tx, const domain::ConsortiumId& id,
                                      const domain::Principal& principal);
// Refuses (forbidden) anyone but the consortium's lead.
void require_lead(const VisibleConsortium& visible);

// Whether the caller may know if the consortium has submitted: its members may;
// the owning body only once stage 1's deadline has passed (bids are sealed).
bool may_see_submission_state(ConsortiumRole role, const persistence::TenderRecord& tender, domain::TimePoint now);

}  // namespace collabtender::app
