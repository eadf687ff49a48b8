#include "domain/registration.hpp"

#include <doctest/doctest.h>

#include "domain/account_management.hpp"
#include "domain/legal_form.hpp"
#include "domain/refusal.hpp"

using namespace collabtender::domain;

namespace {

std::vector<std::string> pointers(const Violations& violations) {
    std::vector<std::string> out;
    for (const auto& v : violations) out.push_back(v.pointer);
    return out;
}

NewRegistration scio() {
    NewRegistration r;
    r.organisation.name = "Hope SCIO";
    r.organisation.legal_form = "scio";
    r.organisation.charity_number = "SC045123";
    r.contact_name = "Ailsa Ross";
    r.contact_email = "ailsa@hope.example";
    return r;
}

}  // namespace

TEST_CASE("a legal form decides which register numbers an organisation gives") {
    CHECK(check_legal_form("scio", "SC045123", std::nullopt).empty());
    CHECK(pointers(check_legal_form("scio", std::nullopt, "SC123456")) == std::vector<std::string>{"/charity_number"});
    CHECK(pointers(check_legal_form("charitable_company", std::nullopt, std::nullopt)) ==
          std::vector<std::string>{"/charity_number", "/company_number"});
    CHECK(pointers(check_legal_form("community_interest_company", std::nullopt, std::nullopt)) ==
          std::vector<std::string>{"/company_number"});
    for (const auto* form : {"cooperative", "partnership", "sole_trader", "unincorporated_association", "other"})
        CHECK_MESSAGE(check_legal_form(form, std::nullopt, std::nullopt).empty(), form);
    CHECK(pointers(check_legal_form("llc", std::nullopt, std::nullopt)) == std::vector<std::string>{"/legal_form"});
    for (auto form : {LegalForm::scio, LegalForm::company, LegalForm::other})
        CHECK(parse_legal_form(to_string(form)) == form);
}

TEST_CASE("a registration is a provider with its legal form, numbers in format, and a contact") {
    CHECK(validate(scio()).empty());
    auto r = scio();
    r.organisation.legal_form.reset();
    r.organisation.charity_number = "12";
    r.contact_name = " ";
    r.contact_email = "ailsa";
    CHECK(pointers(validate(r)) ==
          std::vector<std::string>{"/charity_number", "/legal_form", "/contact_name", "/contact_email"});
}

TEST_CASE("only a waiting registration is decided") {
    CHECK_NOTHROW(require_waiting(RegistrationStatus::waiting));
    for (auto status : {RegistrationStatus::unconfirmed, RegistrationStatus::approved, RegistrationStatus::refused})
        CHECK_THROWS_AS(require_waiting(status), Refusal);
}

TEST_CASE("an organisation's administrators manage its people but admins, and keep its details") {
    const Principal admin{UserId{"a"}, OrganisationId{"body"}, Role::admin};
    const Principal lead{UserId{"l"}, OrganisationId{"hope"}, Role::provider, true};
    const Principal staff{UserId{"s"}, OrganisationId{"hope"}, Role::provider};
    CHECK(manages_account(lead, Role::provider, OrganisationId{"hope"}));
    CHECK_FALSE(manages_account(lead, Role::provider, OrganisationId{"other"}));
    CHECK_FALSE(manages_account(lead, Role::admin, OrganisationId{"hope"}));
    CHECK_FALSE(manages_account(staff, Role::provider, OrganisationId{"hope"}));
    CHECK(manages_account(admin, Role::admin, OrganisationId{"hope"}));
    CHECK_NOTHROW(require_keeps_organisation(lead, OrganisationId{"hope"}));
    CHECK_NOTHROW(require_keeps_organisation(admin, OrganisationId{"hope"}));
    CHECK_THROWS_AS(require_keeps_organisation(staff, OrganisationId{"hope"}), Refusal);
    CHECK_THROWS_AS(require_keeps_organisation(lead, OrganisationId{"other"}), Refusal);
    CHECK_THROWS_AS(require_manages_accounts(staff), Refusal);
    CHECK_THROWS_AS(require_may_grant_organisation_admin(staff, OrganisationId{"hope"}), Refusal);
    CHECK_NOTHROW(require_may_grant_organisation_admin(lead, OrganisationId{"hope"}));
}
