#include "api/authorization.hpp"

#include <algorithm>

#include "api/credentials.hpp"
#include "api/problem.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::api {

std::optional<domain::Principal> authorize(const Access& access, const Request& request, Context& context) {
    if (!access.signed_in) return std::nullopt;
    const auto token = bearer_token(request.header("authorization"));
    if (!token) throw problems::unauthenticated();

    std::optional<domain::Principal> principal;
    context.db->transact([&](persistence::Tx& tx) {
        principal = persistence::find_session_principal(tx, token_digest(*token), context.now);
    });
    if (!principal) throw problems::unauthenticated();
    if (!access.roles.empty() &&
        std::find(access.roles.begin(), access.roles.end(), principal->role) == access.roles.end())
        throw problems::forbidden();
    return principal;
}

bool may_see_organisation(const domain::Principal& principal, const std::string& organisation_id) {
    return principal.role == domain::Role::admin || principal.organisation_id == organisation_id;
}

}  // namespace collabtender::api
