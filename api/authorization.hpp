#pragma once

#include <optional>

#include "api/router.hpp"
#include "app/consortia/consortium_access.hpp"
#include "app/tenders/tender_access.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::api {

// The single place where a request's bearer token becomes a principal and a
// route's access rule is applied: 401 without a valid token, 403 for a role the
// route does not admit. Resource-level checks (same organisation, panel seat)
// build on the principal returned here.
std::optional<domain::Principal> authorize(const Access& access, const Request& request, Context& context);

// Who may read and manage a tender, for handlers not yet moved to app/.
using app::may_manage_tender;
using app::manageable_tender;
using app::participation_scope;
using app::readable_tender;

// Who sees a consortium, for handlers not yet moved to app/.
using app::ConsortiumRole;
using app::consortium_role;
using app::led_consortium;
using app::may_see_submission_state;
using app::visible_consortium;
using app::VisibleConsortium;

}  // namespace collabtender::api
