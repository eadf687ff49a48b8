#include "domain/cpv.hpp"

#include <doctest/doctest.h>

#include "tests/support/violations.hpp"

using namespace collabtender::domain;
using collabtender::test::has;

TEST_CASE("an organisation follows at most 50 codes, each a valid CPV code") {
    CHECK(check_followed_codes({}).empty());
    CHECK(check_followed_codes({"85300000-2", "45000000-7"}).empty());
    const auto found = check_followed_codes({"85300000-2", "85300000", "85300000-3"});
    CHECK(found.size() == 2);
    CHECK(has(found, "/cpv_codes/1", "invalid_cpv"));
    CHECK(has(found, "/cpv_codes/2", "invalid_cpv"));
    CHECK(has(check_followed_codes(std::vector<std::string>(51, "85300000-2")), "/cpv_codes", "too_many"));
}
