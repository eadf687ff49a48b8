#include "api/users/account_json.hpp"

#include <boost/json.hpp>

#include "api/json_values.hpp"

namespace collabtender::api {

boost::json::object account_json(const persistence::Account& account) {
    const auto& user = account.user;
    return {{"id", user.id},
            {"email", user.email},
            {"display_name", user.display_name},
            {"role", domain::to_string(user.role)},
            {"organisation_id", user.organisation_id},
            {"organisation_name", account.organisation_name},
            {"authorised_signatory", user.authorised_signatory},
            {"organisation_admin", user.organisation_admin},
            {"two_factor", {{"enabled", user.totp_secret.has_value()}, {"enabled_at", nullable(user.totp_enabled_at)}}},
            {"status", domain::to_string(user.status)},
            {"invitation_expires_at", nullable(account.invitation_expires_at)},
            {"deactivated_at", nullable(user.deactivated_at)},
            {"deactivation_reason", nullable(user.deactivation_reason)}};
}

}  // namespace collabtender::api
