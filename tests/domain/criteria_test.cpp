#include "domain/criteria.hpp"

#include <doctest/doctest.h>

using namespace collabtender::domain;

TEST_CASE("a lot is scored on its own criteria when it has any, else it inherits the tender's") {
    CHECK(inherits_criteria(0));
    CHECK_FALSE(inherits_criteria(1));
    CHECK_FALSE(inherits_criteria(3));
}
