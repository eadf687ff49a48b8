#pragma once

#include <optional>

#include "api/router.hpp"

namespace collabtender::api {

// The single place where a request's bearer token becomes a principal and a
// route's access rule is applied: 401 without a valid token, 403 for a role the
// route does not admit. Resource-level checks (same organisation, panel seat)
// build on the principal returned here.
std::optional<domain::Principal> authorize(const Access& access, const Request& request, Context& context);

// Admins see every organisation; everyone else only their own.
bool may_see_organisation(const domain::Principal& principal, const std::string& organisation_id);

}  // namespace collabtender::api
