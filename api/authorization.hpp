#pragma once

#include <optional>

#include "api/router.hpp"
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

// Tenders: commissioners of the owning body manage them and alone see drafts;
// published tenders are public notices that anyone may read, signed in or not.
bool may_manage_tender(const std::optional<domain::Principal>& principal, const persistence::TenderRecord& tender);

// Loads a tender the caller may read; 404 for one they may not know of.
persistence::TenderRecord readable_tender(persistence::Tx& tx, const std::string& id,
                                          const std::optional<domain::Principal>& principal);
// Loads and row-locks a tender the caller may change: 404 if they may not see it,
// 403 if they may see it but not change it.
persistence::TenderRecord manageable_tender(persistence::Tx& tx, const std::string& id,
                                            const std::optional<domain::Principal>& principal);

// Whose bookings and registrations of interest a caller may see on a tender: the
// owning body's commissioners see every organisation's (empty result), a provider
// only its own organisation's; anyone else gets 403.
std::optional<std::string> participation_scope(const domain::Principal& principal,
                                               const persistence::TenderRecord& tender);

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
