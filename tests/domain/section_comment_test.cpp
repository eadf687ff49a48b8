#include "domain/section_comment.hpp"

#include <doctest/doctest.h>

#include "domain/refusal.hpp"
#include "tests/support/refusals.hpp"
#include "tests/support/violations.hpp"

using namespace collabtender::domain;
using collabtender::test::has;
using collabtender::test::refusal;

TEST_CASE("a comment has a body and mentions at most 20 people") {
    CHECK(validate_comment("Can we name the hub?", {"u-1"}).empty());
    CHECK(has(validate_comment("", {}), "/body", "required"));
    CHECK(has(validate_comment("x", std::vector<std::string>(21, "u-1")), "/mentions", "too_many"));
}

TEST_CASE("a reply answers a thread of the same section, and only threads are resolved") {
    CHECK(check_reply_parent(ParentComment{"response-0", false}, "response-0").empty());
    CHECK(has(check_reply_parent(std::nullopt, "response-0"), "/parent_id", "unknown_comment"));
    CHECK(has(check_reply_parent(ParentComment{"response-1", false}, "response-0"), "/parent_id", "unknown_comment"));
    CHECK(has(check_reply_parent(ParentComment{"response-0", true}, "response-0"), "/parent_id", "unknown_comment"));
    CHECK_FALSE(refusal([] { require_thread(false); }));
    CHECK(refusal([] { require_thread(true); }) == RefusalCode::not_a_thread);
}
