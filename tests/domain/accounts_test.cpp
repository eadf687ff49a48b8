#include "domain/accounts.hpp"

#include <doctest/doctest.h>

#include "tests/support/refusals.hpp"
#include "tests/support/violations.hpp"

using namespace collabtender::domain;
using collabtender::test::has;
using collabtender::test::refusal;

TEST_CASE("roles and organisation kinds round-trip through text") {
    for (auto role : {Role::admin, Role::commissioner, Role::panellist, Role::provider})
        CHECK(parse_role(to_string(role)) == role);
    CHECK_FALSE(parse_role("Admin"));
    CHECK(parse_organisation_kind("provider") == OrganisationKind::provider);
    CHECK_FALSE(parse_organisation_kind("charity"));
}

TEST_CASE("provider staff belong to providers, everyone else to public bodies") {
    CHECK(role_fits_organisation(Role::provider, OrganisationKind::provider));
    CHECK_FALSE(role_fits_organisation(Role::provider, OrganisationKind::commissioning_body));
    CHECK(role_fits_organisation(Role::panellist, OrganisationKind::commissioning_body));
    CHECK_FALSE(role_fits_organisation(Role::commissioner, OrganisationKind::provider));
}

TEST_CASE("emails are normalised for case and surrounding space") {
    CHECK(normalise_email("  Ann.Smith@Example.SCOT ") == "ann.smith@example.scot");
}

TEST_CASE("a new user is checked field by field, reporting every problem at once") {
    const auto violations = validate(NewUser{"not-an-email", "", "superuser", "short", true});
    CHECK(violations.size() == 5);
    CHECK(has(violations, "/authorised_signatory", "not_provider"));
    CHECK(has(violations, "/email", "invalid_email"));
    CHECK(has(violations, "/display_name", "invalid_length"));
    CHECK(has(violations, "/role", "invalid_value"));
    CHECK(has(violations, "/password", "too_short"));
}

TEST_CASE("a well-formed user passes") {
    CHECK(validate(NewUser{"ann@example.scot", "Ann", "panellist", "correct horse battery", false}).empty());
}

TEST_CASE("emails need one @ and a dotted domain") {
    for (const char* bad : {"@example.scot", "ann@", "ann@scot", "ann@@example.scot", "ann @example.scot", "ann@example."})
        CHECK_MESSAGE(has(validate(NewUser{bad, "Ann", "admin", "long enough pw", false}), "/email", "invalid_email"), bad);
}

TEST_CASE("an organisation needs a name and a known kind, register numbers in their format, a short address") {
    CHECK(validate(NewOrganisation{"Edinburgh HSCP", "commissioning_body", {}, {}, {}, {}}).empty());
    CHECK(validate(NewOrganisation{"Edinburgh HSCP", "commissioning_body", {}, {}, {}, std::string(500, 'a')}).empty());
    const auto violations =
        validate(NewOrganisation{"  ", "council", std::string(33, '1'), {}, std::string{}, std::string(501, 'a')});
    CHECK(has(violations, "/name", "invalid_length"));
    CHECK(has(violations, "/kind", "invalid_value"));
    CHECK(has(violations, "/charity_number", "invalid_charity_number"));
    CHECK(has(violations, "/care_inspectorate_number", "invalid_care_inspectorate_number"));
    CHECK(has(violations, "/postal_address", "invalid_length"));
}

TEST_CASE("names and passwords are measured in characters, so accented and Gaelic names get the whole limit") {
    std::string name;
    for (int i = 0; i < 300; ++i) name += "à";
    NewOrganisation organisation;
    organisation.name = name;
    organisation.kind = "provider";
    CHECK(validate(organisation).empty());
    NewUser user{"mòrag@example.scot", std::string(200, 'x'), "panellist", "ùùùùùùùùùù"};
    std::string display;
    for (int i = 0; i < 200; ++i) display += "ò";
    user.display_name = display;
    CHECK(validate(user).empty());
    user.password = "ùùùùù";  // ten bytes, five characters
    REQUIRE(validate(user).size() == 1);
    CHECK(validate(user)[0].code == "too_short");
}

TEST_CASE("only provider staff are named authorised signatories, and anyone may stop being one") {
    CHECK(check_signatory(Role::provider, true).empty());
    CHECK(has(check_signatory(Role::commissioner, true), "/authorised_signatory", "not_provider"));
    CHECK(has(check_signatory(Role::admin, true), "/authorised_signatory", "not_provider"));
    CHECK(check_signatory(Role::commissioner, false).empty());
}

TEST_CASE("admins see every organisation, everyone else only their own") {
    const Principal staff{UserId{"u"}, OrganisationId{"own"}, Role::provider};
    CHECK_FALSE(refusal([&] { require_sees_organisation(staff, OrganisationId{"own"}); }));
    CHECK(refusal([&] { require_sees_organisation(staff, OrganisationId{"other"}); }) == RefusalCode::not_found);
    CHECK_FALSE(refusal([&] {
        require_sees_organisation({UserId{"a"}, OrganisationId{"operators"}, Role::admin}, OrganisationId{"other"});
    }));
}

TEST_CASE("only a commissioning body's commissioners list their own body's tenders") {
    CHECK_FALSE(refusal([] { require_tender_owner(Principal{UserId{"u"}, OrganisationId{"o"}, Role::commissioner}); }));
    for (const auto role : {Role::admin, Role::panellist, Role::provider})
        CHECK(refusal([&] {
                  require_tender_owner(Principal{UserId{"u"}, OrganisationId{"o"}, role});
              }) == RefusalCode::forbidden);
    CHECK(refusal([] { require_tender_owner(std::nullopt); }) == RefusalCode::forbidden);
}

TEST_CASE("an organisation's register numbers are kept as their registers print them") {
    const auto organisation =
        with_register_numbers(NewOrganisation{"Pilton", "provider", "sc 017449", "1234567", "cs2004071234", {}});
    CHECK(validate(organisation).empty());
    CHECK(organisation.charity_number == "SC017449");
    CHECK(organisation.company_number == "01234567");
    CHECK(organisation.care_inspectorate_number == "CS2004071234");
}
