#include "domain/lot_interest.hpp"

#include <doctest/doctest.h>

#include "tests/support/refusals.hpp"

using namespace collabtender::domain;
using collabtender::test::refusal;

TEST_CASE("interest in a lot is registered from the PIN until the last stage closes") {
    for (auto status : {TenderStatus::pin_published, TenderStatus::stage1_open, TenderStatus::stage1_evaluation,
                        TenderStatus::stage2_open})
        CHECK_FALSE(refusal([&] { require_interest_open(status); }));
    for (auto status : {TenderStatus::draft, TenderStatus::stage2_evaluation, TenderStatus::cancelled, TenderStatus::awarded})
        CHECK(refusal([&] { require_interest_open(status); }) == RefusalCode::interest_closed);
}
