#pragma once

#include <optional>

#include "api/router.hpp"

namespace collabtender::api {

// The single place where a request's bearer token becomes a principal and a
// route's access rule is applied: 401 without a valid token, 403 for a role the
// route does not admit. Resource-level checks (same organisation, panel seat)
// build on the principal returned here.
std::optional<domain::Principal> authorize(const Access& access, const Request& request, Context& context);

}  // namespace collabtender::api
