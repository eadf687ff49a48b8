#pragma once

#include <optional>

#include "api/router.hpp"
#include "app/tenders/tender_access.hpp"
#include "persistence/consortia_repository.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::api {

// The single place where a request's bearer token becomes a principal and a
// route's access rule is applied: 401 without a valid token, 403 for a role the
// route does not admit. Resource-level checks (same organisation, panel seat)
// build on the principal returned here.
std::optional<domain::Principal> authorize(const Access& access, const Request& request, Context& context);

// Admins see every organisation; everyone else only their own.
bool may_see_organisation(const domain::Principal& principal, const std::string& organisation_id);

// Who may read and manage a tender, for handlers not yet moved to app/.
using app::may_manage_tender;
using app::manageable_tender;
using app::participation_scope;
using app::readable_tender;

// Consortia. Members (lead or accepted) and the owning body's commissioners see a
// consortium; an invited organisation sees only its invitation; anyone else finds
// nothing there (404, so existence does not leak).
enum class ConsortiumRole { none, invited, member, lead, overseer };
ConsortiumRole consortium_role(const domain::Principal& principal, const persistence::ConsortiumRecord& consortium,
                               const persistence::TenderRecord& tender);

struct VisibleConsortium {
    persistence::ConsortiumRecord consortium;
    persistence::TenderRecord tender;
    ConsortiumRole role;
};
// Loads a consortium (row-locked with `lock`) the caller may see as a member or
// overseer; 404 otherwise.
VisibleConsortium visible_consortium(persistence::Tx& tx, const std::string& id, const domain::Principal& principal,
                                     bool lock = false);
// Whether the caller may know if the consortium has submitted: its members may;
// the owning body only once stage 1's deadline has passed (bids are sealed).
bool may_see_submission_state(ConsortiumRole role, const persistence::TenderRecord& tender, domain::TimePoint now);

// As visible_consortium, for the lead's changes: 403 for other members.
VisibleConsortium led_consortium(persistence::Tx& tx, const std::string& id, const domain::Principal& principal);

}  // namespace collabtender::api
