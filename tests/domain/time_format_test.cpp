#include "domain/time_format.hpp"

#include <doctest/doctest.h>

using namespace collabtender::domain;
using namespace std::chrono_literals;

TEST_CASE("times print in UTC, with a fraction only when there is one, to the microsecond") {
    const auto noon = *parse_rfc3339("2026-12-10T12:00:00Z");
    CHECK(format_rfc3339(noon) == "2026-12-10T12:00:00Z");
    CHECK(format_rfc3339(noon + 123456us) == "2026-12-10T12:00:00.123456Z");
    CHECK(format_rfc3339(noon + 500ms) == "2026-12-10T12:00:00.500000Z");
    CHECK(format_rfc3339(noon - 1us) == "2026-12-10T11:59:59.999999Z");
}

TEST_CASE("offsets are applied, and what prints parses back to the same instant") {
    const auto local = parse_rfc3339("2026-12-10T12:00:00.123456+01:00");
    REQUIRE(local);
    CHECK(format_rfc3339(*local) == "2026-12-10T11:00:00.123456Z");
    CHECK(parse_rfc3339(format_rfc3339(*local)) == local);
    CHECK(parse_rfc3339("2026-12-10T12:00:00.1234567891Z") == parse_rfc3339("2026-12-10T12:00:00.123456Z"));
}

TEST_CASE("what is not an RFC 3339 time is refused") {
    for (const auto* bad : {"", "2026-12-10", "2026-12-10T12:00:00", "2026-13-10T12:00:00Z", "2026-02-30T12:00:00Z",
                            "2026-12-10T24:00:00Z", "2026-12-10T12:00:00.Z", "2026-12-10T12:00:00+1:00",
                            "2026-12-10T12:00:00Zjunk", "6680-12-20T00:00:00Z", "1200-01-01T00:00:00Z"})
        CHECK_MESSAGE(!parse_rfc3339(bad), bad);
}
