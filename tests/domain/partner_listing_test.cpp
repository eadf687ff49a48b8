#include "domain/partner_listing.hpp"

#include <doctest/doctest.h>

#include "tests/support/refusals.hpp"

using namespace collabtender::domain;
using collabtender::test::refusal;

TEST_CASE("a lot's partner register is read by providers and the owning body") {
    const Principal provider{UserId{"u1"}, OrganisationId{"pilton"}, Role::provider};
    const Principal owner{UserId{"u2"}, OrganisationId{"edinburgh"}, Role::commissioner};
    const Principal other_body{UserId{"u3"}, OrganisationId{"glasgow"}, Role::commissioner};
    const Principal panellist{UserId{"u4"}, OrganisationId{"edinburgh"}, Role::panellist};
    CHECK_FALSE(refusal([&] { require_may_read_register(provider, OrganisationId{"edinburgh"}); }));
    CHECK_FALSE(refusal([&] { require_may_read_register(owner, OrganisationId{"edinburgh"}); }));
    CHECK(refusal([&] { require_may_read_register(other_body, OrganisationId{"edinburgh"}); }) ==
          RefusalCode::forbidden);
    CHECK(refusal([&] { require_may_read_register(panellist, OrganisationId{"edinburgh"}); }) ==
          RefusalCode::forbidden);
}

TEST_CASE("entries are made while the tender takes participation") {
    CHECK_FALSE(refusal([] { require_register_open(TenderStatus::pin_published); }));
    CHECK_FALSE(refusal([] { require_register_open(TenderStatus::stage2_open); }));
    CHECK(refusal([] { require_register_open(TenderStatus::draft); }) == RefusalCode::register_closed);
    CHECK(refusal([] { require_register_open(TenderStatus::cancelled); }) == RefusalCode::register_closed);
}
