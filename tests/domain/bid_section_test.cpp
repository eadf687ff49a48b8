#include "domain/bid_section.hpp"

#include <doctest/doctest.h>

#include "tests/support/refusals.hpp"
#include "tests/support/violations.hpp"

using namespace collabtender::domain;
using collabtender::test::has;
using collabtender::test::refusal;

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

TEST_CASE("a move not the actor's to make is refused as such, a missing reason as invalid input") {
    const SectionActor owner{true, false, false, true}, approver{false, false, true, true};
    CHECK_FALSE(refusal([&] { require_transition(SectionStatus::in_progress, SectionStatus::ready_for_review, owner, ""); }));
    CHECK(refusal([&] { require_transition(SectionStatus::ready_for_review, SectionStatus::approved, owner, ""); }) ==
          RefusalCode::section_transition);
    CHECK(refusal([&] {
              require_transition(SectionStatus::ready_for_review, SectionStatus::changes_requested, approver, "");
          }) == RefusalCode::invalid);
    CHECK(has(validate_status_name("done"), "/status", "invalid_value"));
    CHECK(validate_status_name("approved").empty());
    CHECK(validate_status_name("").empty());  // reported as missing by the reader
}

TEST_CASE("owners and the lead edit a section, and any member an unassigned one") {
    const Principal lead_user{UserId{"u-lead"}, OrganisationId{"o-lead"}, Role::provider},
        partner{UserId{"u-partner"}, OrganisationId{"o-partner"}, Role::provider},
        colleague{UserId{"u-colleague"}, OrganisationId{"o-partner"}, Role::provider};
    const SectionAssignment unassigned{},
        organisation{OrganisationId{"o-partner"}, std::nullopt, std::nullopt, std::nullopt},
        person{OrganisationId{"o-partner"}, UserId{"u-partner"}, UserId{"u-lead"}, std::nullopt};
    CHECK(may_edit(unassigned, partner, false));
    CHECK(may_edit(organisation, colleague, false));
    CHECK(may_edit(person, partner, false));
    CHECK_FALSE(may_edit(person, colleague, false));
    CHECK(may_edit(person, lead_user, true));
    CHECK(refusal([&] { require_section_editor("response-0", person, colleague, false); }) ==
          RefusalCode::not_section_owner);
    const auto actor = section_actor(person, lead_user, true);
    CHECK((actor.lead && actor.approver && actor.has_approver && !actor.owner));
    CHECK(section_actor(person, partner, false).owner);
}

TEST_CASE("the lead assigns, and an owning organisation only hands its section on") {
    const Principal partner{UserId{"u-partner"}, OrganisationId{"o-partner"}, Role::provider};
    const SectionAssignment current{OrganisationId{"o-partner"}, UserId{"u-partner"}, UserId{"u-lead"}, "2030-01-31"};
    auto handed_on = current;
    handed_on.owner_user_id = UserId{"u-colleague"};
    CHECK_FALSE(refusal([&] { require_may_assign(current, handed_on, partner, false); }));
    auto moved = handed_on;
    moved.due_date = "2030-02-28";
    CHECK(refusal([&] { require_may_assign(current, moved, partner, false); }) == RefusalCode::forbidden);
    CHECK_FALSE(refusal([&] { require_may_assign(current, moved, partner, true); }));
    CHECK(refusal([&] { require_may_assign({}, {}, partner, false); }) == RefusalCode::forbidden);
    CHECK(has(validate_assignment({std::nullopt, UserId{"u-partner"}, std::nullopt, "2030-1-31"}), "/due_date",
              "invalid_date"));
    CHECK(has(validate_assignment({std::nullopt, UserId{"u-partner"}, std::nullopt, std::nullopt}),
              "/owner_organisation_id", "required"));
    CHECK(validate_assignment(current).empty());
}

TEST_CASE("responses are text and declarations objects, and documents' sections are not written") {
    const SectionKey response{SectionKey::Kind::response, 0}, declaration{SectionKey::Kind::declaration, 0},
        document{SectionKey::Kind::document, 0};
    CHECK(check_section_content(response, ContentShape::text).empty());
    CHECK(check_section_content(declaration, ContentShape::null).empty());
    CHECK(has(check_section_content(response, ContentShape::object), "/content", "wrong_type"));
    CHECK(has(check_section_content(declaration, ContentShape::absent), "/content", "required"));
    CHECK(refusal([&] { require_written_section(document); }) == RefusalCode::uploaded_section);
    CHECK_FALSE(refusal([&] { require_written_section(declaration); }));
    CHECK(check_answer_target(response).empty());
    CHECK(has(check_answer_target(declaration), "/answer_id", "not_a_response"));
    CHECK(validate_presence_mode("editing").empty());
    CHECK(has(validate_presence_mode("typing"), "/mode", "invalid_value"));
}

TEST_CASE("a section is overdue once its due date has passed and it is not approved") {
    CHECK(section_overdue(std::string{"2026-03-01"}, "in_progress", "2026-03-02"));
    CHECK(section_overdue(std::string{"2026-03-01"}, "not_started", "2026-03-02"));
    CHECK_FALSE(section_overdue(std::string{"2026-03-01"}, "in_progress", "2026-03-01"));  // due today is not late
    CHECK_FALSE(section_overdue(std::string{"2026-03-01"}, "approved", "2026-03-02"));
    CHECK_FALSE(section_overdue(std::nullopt, "in_progress", "2026-03-02"));
}

TEST_CASE("a draft names a position by its digits, below the number there are") {
    CHECK(parse_position("0", 3) == 0);
    CHECK(parse_position("2", 3) == 2);
    CHECK_FALSE(parse_position("3", 3));
    CHECK_FALSE(parse_position("01", 3));
    CHECK_FALSE(parse_position("+1", 3));
    CHECK_FALSE(parse_position("-1", 3));
    CHECK_FALSE(parse_position("1 ", 3));
    CHECK_FALSE(parse_position("", 3));
    CHECK_FALSE(parse_position("99999999999999999999", 3));
}
