#include "domain/account_management.hpp"

#include "domain/refusal.hpp"
#include "domain/text.hpp"

namespace collabtender::domain {

std::string_view to_string(AccountStatus status) {
    switch (status) {
        case AccountStatus::invited:
            return "invited";
        case AccountStatus::active:
            return "active";
        case AccountStatus::deactivated:
            return "deactivated";
    }
    return "unknown";
}

std::optional<AccountStatus> parse_account_status(std::string_view text) {
    for (auto status : {AccountStatus::invited, AccountStatus::active, AccountStatus::deactivated})
        if (to_string(status) == text) return status;
    return std::nullopt;
}

std::string_view role_in_words(Role role) {
    switch (role) {
        case Role::admin:
            return "an administrator";
        case Role::commissioner:
            return "a commissioner";
        case Role::panellist:
            return "a panel member";
        case Role::provider:
            return "a member of staff";
    }
    return "a member";
}

Violations validate(const Invitation& invitation) {
    return check_person(invitation.email, invitation.display_name, invitation.role, invitation.authorised_signatory);
}

bool manages_account(const Principal& manager, Role role, const OrganisationId& organisation_id) {
    if (manager.role == Role::admin) return true;
    if (role == Role::admin || organisation_id != manager.organisation_id) return false;
    return manager.organisation_admin || (manager.role == Role::commissioner && role == Role::panellist);
}

void require_manages_accounts(const Principal& principal) {
    if (principal.role == Role::admin || principal.role == Role::commissioner || principal.organisation_admin) return;
    throw Refusal{RefusalCode::forbidden, "Only your organisation's administrators manage its people."};
}

void require_may_grant_organisation_admin(const Principal& manager, const OrganisationId& organisation_id) {
    if (manager.role == Role::admin || (manager.organisation_admin && manager.organisation_id == organisation_id))
        return;
    throw Refusal{RefusalCode::forbidden, "Only an organisation's administrators choose who else administers it."};
}

void require_keeps_organisation(const Principal& principal, const OrganisationId& organisation_id) {
    if (principal.role == Role::admin || (principal.organisation_admin && principal.organisation_id == organisation_id))
        return;
    throw Refusal{RefusalCode::forbidden, "Only your organisation's administrators change its details."};
}

void require_may_invite(const Principal& inviter, Role role, const OrganisationId& organisation_id,
                        OrganisationKind kind) {
    if (!manages_account(inviter, role, organisation_id))
        throw Refusal{RefusalCode::forbidden, inviter.role == Role::commissioner && !inviter.organisation_admin
                                                  ? "Commissioners invite panellists of their own body only."
                                                  : "You cannot invite people there."};
    if (!role_fits_organisation(role, kind))
        throw invalid_input({{"/role", "wrong_organisation_kind", "does not fit that kind of organisation"}});
}

Violations check_reason(std::string_view reason) {
    const auto trimmed = trim(reason);
    if (trimmed.empty() || code_points(trimmed) > 2000)
        return {{"/reason", "invalid_length", "must be 1 to 2000 characters"}};
    return {};
}

Violations check_deactivation(const Principal& manager, const UserId& person, std::string_view reason) {
    auto out = check_reason(reason);
    if (manager.user_id == person) out.push_back({"/user_id", "own_account", "you cannot deactivate your own account"});
    return out;
}

Violations check_new_password(std::string_view password, const std::string& pointer) {
    if (code_points(password) < min_password_length) return {{pointer, "too_short", "must be at least 10 characters"}};
    if (code_points(password) > max_password_length) return {{pointer, "too_long", "must be at most 1024 characters"}};
    return {};
}

}  // namespace collabtender::domain
