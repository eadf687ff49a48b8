#include "domain/required_document.hpp"

#include <doctest/doctest.h>

#include "tests/support/violations.hpp"

using namespace collabtender::domain;
using collabtender::test::has;

TEST_CASE("a required document has a title and may have guidance") {
    CHECK(validate(RequiredDocument{"CV", ""}, "/documents/0").empty());
    CHECK(validate(RequiredDocument{"Accounts", "The last two years"}, "/documents/1").empty());
    const auto v = validate(RequiredDocument{"", std::string(5001, 'g')}, "/documents/2");
    CHECK(has(v, "/documents/2/title", "required"));
    CHECK(has(v, "/documents/2/guidance", "invalid_length"));
    const auto long_title = validate(RequiredDocument{std::string(201, 't'), ""}, "/documents/0");
    CHECK(has(long_title, "/documents/0/title", "invalid_length"));
}

TEST_CASE("a tender requires at most 50 documents") {
    CHECK(check_required_document_count(0).empty());
    CHECK(check_required_document_count(50).empty());
    CHECK(has(check_required_document_count(51), "/documents", "too_many"));
}
