#include "domain/account_management.hpp"

#include <doctest/doctest.h>

#include "tests/support/refusals.hpp"
#include "tests/support/violations.hpp"

using namespace collabtender::domain;
using collabtender::test::has;

namespace account_management_test {

const OrganisationId edinburgh{"edinburgh"};
const OrganisationId glasgow{"glasgow"};
const Principal admin{UserId{"a"}, edinburgh, Role::admin};
const Principal officer{UserId{"o"}, edinburgh, Role::commissioner};
const Principal panellist{UserId{"p"}, edinburgh, Role::panellist};

std::optional<RefusalCode> invite_refusal(const Principal& inviter, Role role, const OrganisationId& organisation,
                                          OrganisationKind kind) {
    return collabtender::test::refusal([&] { require_may_invite(inviter, role, organisation, kind); });
}

}  // namespace account_management_test

using namespace account_management_test;

TEST_CASE("an admin manages every account; a commissioner only their own body's panellists") {
    CHECK(manages_account(admin, Role::provider, OrganisationId{"pilton"}));
    CHECK(manages_account(admin, Role::admin, glasgow));
    CHECK(manages_account(officer, Role::panellist, edinburgh));
    CHECK_FALSE(manages_account(officer, Role::panellist, glasgow));
    CHECK_FALSE(manages_account(officer, Role::commissioner, edinburgh));
    CHECK_FALSE(manages_account(officer, Role::provider, OrganisationId{"pilton"}));
    CHECK_FALSE(manages_account(panellist, Role::panellist, edinburgh));
}

TEST_CASE("an invitation is for someone the inviter manages, in a role that fits the organisation") {
    CHECK_FALSE(invite_refusal(admin, Role::provider, OrganisationId{"pilton"}, OrganisationKind::provider));
    CHECK_FALSE(invite_refusal(officer, Role::panellist, edinburgh, OrganisationKind::commissioning_body));
    CHECK(invite_refusal(officer, Role::commissioner, edinburgh, OrganisationKind::commissioning_body) ==
          RefusalCode::forbidden);
    CHECK(invite_refusal(admin, Role::panellist, OrganisationId{"pilton"}, OrganisationKind::provider) ==
          RefusalCode::invalid);
}

TEST_CASE("an invitation's fields are checked as an account's are, less the password") {
    CHECK(validate(Invitation{"morag@pilton.example", "Morag", "provider", OrganisationId{"pilton"}, true}).empty());
    const auto wrong = validate(Invitation{"not an email", " ", "chief", OrganisationId{"x"}, true});
    CHECK(has(wrong, "/email", "invalid_email"));
    CHECK(has(wrong, "/display_name", "invalid_length"));
    CHECK(has(wrong, "/role", "invalid_value"));
    CHECK_FALSE(has(wrong, "/password", "too_short"));
}

TEST_CASE("nobody deactivates their own account, and a reason is recorded") {
    CHECK(check_deactivation(admin, UserId{"someone"}, "Left in November").empty());
    CHECK(has(check_deactivation(admin, admin.user_id, "Leaving"), "/user_id", "own_account"));
    CHECK(has(check_deactivation(admin, UserId{"someone"}, "   "), "/reason", "invalid_length"));
    CHECK(has(check_reason(std::string(2001, 'x')), "/reason", "invalid_length"));
    CHECK(check_reason(std::string(2000, 'x')).empty());
}

TEST_CASE("a new password is long enough and not absurdly long, reported where it was given") {
    CHECK(has(check_new_password("short", "/new_password"), "/new_password", "too_short"));
    CHECK(check_new_password("ten chars!", "/password").empty());
    CHECK(has(check_new_password(std::string(1025, 'x'), "/password"), "/password", "too_long"));
}

TEST_CASE("account statuses read back as written") {
    for (auto status : {AccountStatus::invited, AccountStatus::active, AccountStatus::deactivated})
        CHECK(parse_account_status(to_string(status)) == status);
    CHECK_FALSE(parse_account_status("suspended"));
}
