#include "domain/sign_off.hpp"

#include <doctest/doctest.h>

#include "domain/refusal.hpp"
#include "tests/support/refusals.hpp"

using namespace collabtender::domain;
using collabtender::test::refusal;

TEST_CASE("an authorised signatory signs off the draft as it stands, and the lead asks") {
    CHECK_FALSE(refusal([] { require_authorised_signatory(true); }));
    CHECK(refusal([] { require_authorised_signatory(false); }) == RefusalCode::not_authorised_signatory);
    CHECK_FALSE(refusal([] { require_unchanged_draft("abc", "abc"); }));
    CHECK(refusal([] { require_unchanged_draft("abc", "def"); }) == RefusalCode::draft_changed);
    CHECK_FALSE(refusal([] { require_lead_to_ask(true); }));
    CHECK(refusal([] { require_lead_to_ask(false); }) == RefusalCode::not_lead);
}
