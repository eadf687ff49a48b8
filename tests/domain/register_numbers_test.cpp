#include "domain/register_numbers.hpp"

#include <doctest/doctest.h>

using namespace collabtender::domain;

TEST_CASE("a Scottish charity number is SC and six digits, in any case and spacing") {
    CHECK(charity_number("SC012345") == "SC012345");
    CHECK(charity_number("sc 012 345") == "SC012345");
    CHECK_FALSE(charity_number("SC01234"));
    CHECK_FALSE(charity_number("1012345"));  // an English charity number is not OSCR's
    CHECK_FALSE(charity_number("SCO12345"));
}

TEST_CASE("a company number is eight digits, or a register's two letters and six digits") {
    CHECK(company_number("SC123456") == "SC123456");
    CHECK(company_number("sc 123456") == "SC123456");
    CHECK(company_number("1234567") == "01234567");
    CHECK(company_number("01234567") == "01234567");
    CHECK_FALSE(company_number("123456789"));
    CHECK_FALSE(company_number("S1234567"));
    CHECK_FALSE(company_number(""));
}

TEST_CASE("a Care Inspectorate number names a care service or a provider, and ten digits") {
    CHECK(care_inspectorate_number("CS2004071234") == "CS2004071234");
    CHECK(care_inspectorate_number("sp 2003 001234") == "SP2003001234");
    CHECK_FALSE(care_inspectorate_number("CS200407123"));
    CHECK_FALSE(care_inspectorate_number("XX2004071234"));
}
