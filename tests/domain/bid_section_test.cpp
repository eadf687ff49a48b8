#include "domain/bid_section.hpp"

#include <doctest/doctest.h>

#include "tests/support/violations.hpp"

using namespace collabtender::domain;
using collabtender::test::has;

TEST_CASE("section keys name a response, a declaration or a required document by position") {
    CHECK(to_string(*parse_section_key("response-0")) == "response-0");
    CHECK(parse_section_key("declaration-12")->index == 12);
    CHECK_FALSE(parse_section_key("response-"));
    CHECK_FALSE(parse_section_key("response-01"));
    CHECK_FALSE(parse_section_key("response--1"));
    CHECK_FALSE(parse_section_key("document--0"));  // found by fuzzing: a sign read as part of the number
    CHECK_FALSE(parse_section_key("response-+1"));
    CHECK(parse_section_key("document-1")->kind == SectionKey::Kind::document);
    CHECK_FALSE(parse_section_key("annex-1"));
    CHECK_FALSE(parse_section_key("response-1x"));
}

TEST_CASE("owners ask for review, approvers decide, and changes need a reason") {
    const SectionActor owner{true, false, false, true}, approver{false, false, true, true}, lead{false, true, false, true};
    CHECK(check_transition(SectionStatus::in_progress, SectionStatus::ready_for_review, owner, "").empty());
    CHECK(has(check_transition(SectionStatus::not_started, SectionStatus::ready_for_review, owner, ""), "/status", "not_allowed"));
    CHECK(check_transition(SectionStatus::ready_for_review, SectionStatus::approved, approver, "").empty());
    CHECK(has(check_transition(SectionStatus::ready_for_review, SectionStatus::approved, owner, ""), "/status", "not_allowed"));
    // With an approver named, the lead does not approve in their place.
    CHECK(has(check_transition(SectionStatus::ready_for_review, SectionStatus::approved, lead, ""), "/status", "not_allowed"));
    const SectionActor lead_without_approver{false, true, false, false};
    CHECK(check_transition(SectionStatus::ready_for_review, SectionStatus::approved, lead_without_approver, "").empty());
    CHECK(has(check_transition(SectionStatus::ready_for_review, SectionStatus::changes_requested, approver, " "), "/reason",
              "required"));
    CHECK(check_transition(SectionStatus::ready_for_review, SectionStatus::changes_requested, approver, "Add figures").empty());
    CHECK(check_transition(SectionStatus::changes_requested, SectionStatus::in_progress, owner, "").empty());
    CHECK(has(check_transition(SectionStatus::approved, SectionStatus::not_started, lead, ""), "/status", "not_allowed"));
}
