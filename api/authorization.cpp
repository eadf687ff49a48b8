#include "api/authorization.hpp"

#include <algorithm>

#include "api/credentials.hpp"
#include "api/problem.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::api {

std::optional<domain::Principal> authorize(const Access& access, const Request& request, Context& context) {
    if (!access.identify) return std::nullopt;
    const auto header = request.header("authorization");
    if (!header && !access.signed_in) return std::nullopt;  // anonymous reader of public data
    const auto token = bearer_token(header);
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

bool may_manage_tender(const std::optional<domain::Principal>& principal, const persistence::TenderRecord& tender) {
    return principal && principal->role == domain::Role::commissioner &&
           principal->organisation_id == tender.organisation_id;
}

bool may_read_tender(const std::optional<domain::Principal>& principal, const persistence::TenderRecord& tender) {
    return domain::is_published(tender.status, tender.was_published) || may_manage_tender(principal, tender);
}

persistence::TenderRecord readable_tender(persistence::Tx& tx, const std::string& id,
                                          const std::optional<domain::Principal>& principal) {
    auto tender = persistence::find_tender(tx, id);
    if (!tender || !may_read_tender(principal, *tender)) throw problems::not_found("No such tender.");
    return std::move(*tender);
}

persistence::TenderRecord manageable_tender(persistence::Tx& tx, const std::string& id,
                                            const std::optional<domain::Principal>& principal) {
    auto tender = persistence::find_tender(tx, id, true);
    if (!tender || !may_read_tender(principal, *tender)) throw problems::not_found("No such tender.");
    if (!may_manage_tender(principal, *tender)) throw problems::forbidden();
    return std::move(*tender);
}

std::optional<std::string> participation_scope(const domain::Principal& principal,
                                               const persistence::TenderRecord& tender) {
    if (may_manage_tender(principal, tender)) return std::nullopt;
    if (principal.role == domain::Role::provider) return principal.organisation_id;
    throw problems::forbidden();
}

}  // namespace collabtender::api
