#include "domain/two_factor.hpp"

#include <doctest/doctest.h>

using namespace collabtender::domain;

TEST_CASE("admins and commissioners use a second factor when the installation requires it; others may") {
    CHECK(two_factor_required(Role::admin, true));
    CHECK(two_factor_required(Role::commissioner, true));
    CHECK_FALSE(two_factor_required(Role::panellist, true));
    CHECK_FALSE(two_factor_required(Role::provider, true));
    CHECK_FALSE(two_factor_required(Role::admin, false));
}

TEST_CASE("a code is six digits, with spaces as apps show them") {
    CHECK(one_time_code("123456") == "123456");
    CHECK(one_time_code("123 456") == "123456");
    CHECK_FALSE(one_time_code("12345"));
    CHECK_FALSE(one_time_code("1234567"));
    CHECK_FALSE(one_time_code("12345a"));
    CHECK_FALSE(one_time_code("123-456"));
}

TEST_CASE("recovery codes are read in any case, with or without dashes and spaces") {
    CHECK(normalise_recovery_code("ABCD-efgh JKMN-pqrs") == "abcdefghjkmnpqrs");
}
