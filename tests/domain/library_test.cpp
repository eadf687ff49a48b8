#include "domain/library.hpp"

#include <doctest/doctest.h>

#include "tests/support/violations.hpp"

using namespace collabtender::domain;
using collabtender::test::has;

TEST_CASE("a library answer has a title and a text, a few short tags and a review date, if any") {
    CHECK(validate_library_answer("Safeguarding", "We train volunteers yearly", {"safe"}, "2025-01-02").empty());
    CHECK(validate_library_answer("Fair work", "Living wage", {}, std::nullopt).empty());
    const auto found = validate_library_answer("", std::string(50001, 'a'), std::vector<std::string>(21, "t"), "2025-1-2");
    CHECK(has(found, "/title", "required"));
    CHECK(has(found, "/tags", "too_many"));
    CHECK(has(found, "/text", "invalid_length"));
    CHECK(found.size() == 4);
    CHECK(has(found, "/last_reviewed", "invalid_date"));
    CHECK(has(validate_library_answer("a", "b", {}, "2025-01-02T00:00:00Z"), "/last_reviewed", "invalid_date"));
}
