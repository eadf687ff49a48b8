#include "domain/money.hpp"

#include <doctest/doctest.h>

#include <limits>

using namespace collabtender::domain;

TEST_CASE("amounts read as a person writes them") {
    CHECK(format_pounds(1260) == "£12.60");
    CHECK(format_pounds(1200) == "£12.00");
    CHECK(format_pounds(99'999) == "£999.99");
    CHECK(format_pounds(500'000'000) == "£5,000,000");
    CHECK(format_pounds(125'050) == "£1,250.50");
    CHECK(format_pounds(999'999'999) == "£9,999,999.99");
    CHECK(format_pounds(0) == "£0.00");
    CHECK(format_pounds(-1260) == "-£12.60");
    CHECK(format_pounds(std::numeric_limits<std::int64_t>::min()) == "-£92,233,720,368,547,758.08");
}

TEST_CASE("a value over a term never overflows") {
    CHECK(value_over_months(35'012'345, 84) == 245'086'415);
    CHECK(value_over_months(max_amount_pence, 480) == max_amount_pence * 40);
    // What an unbounded annual value used to publish as -0.39 GBP.
    CHECK(value_over_months(std::numeric_limits<std::int64_t>::max(), 480) == std::numeric_limits<std::int64_t>::max());
}
