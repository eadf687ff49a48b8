#include "domain/panel.hpp"

#include <doctest/doctest.h>

#include "tests/support/violations.hpp"

using namespace collabtender::domain;
using collabtender::test::has;

TEST_CASE("a panel has a name, distinct members and exactly one chair") {
    const std::vector<PanelMember> good{{"a", PanelMemberKind::lived_experience, true},
                                        {"b", PanelMemberKind::statutory, false}};
    CHECK(validate_panel("North-east lot panel", good).empty());
    CHECK(has(validate_panel("", good), "/name", "required"));
    CHECK(has(validate_panel("P", {}), "/members", "required"));
    CHECK(has(validate_panel("P", {{"a", PanelMemberKind::statutory, false}}), "/members", "one_chair"));
    CHECK(has(validate_panel("P", {{"a", PanelMemberKind::statutory, true}, {"b", PanelMemberKind::statutory, true}}),
              "/members", "one_chair"));
    CHECK(has(validate_panel("P", {{"a", PanelMemberKind::statutory, true}, {"a", PanelMemberKind::independent, false}}),
              "/members/1/user_id", "duplicate"));
}

TEST_CASE("member kinds have wire names") {
    CHECK(parse_panel_member_kind("lived_experience") == PanelMemberKind::lived_experience);
    CHECK_FALSE(parse_panel_member_kind("expert"));
}

TEST_CASE("the stage under evaluation follows the tender's status") {
    CHECK(evaluation_stage(TenderStatus::stage1_evaluation) == 1);
    CHECK(evaluation_stage(TenderStatus::stage2_evaluation) == 2);
    CHECK_FALSE(evaluation_stage(TenderStatus::stage2_open));
    CHECK(latest_closed_stage(TenderStatus::stage1_open) == 0);
    CHECK(latest_closed_stage(TenderStatus::stage2_open) == 1);
    CHECK(latest_closed_stage(TenderStatus::awarded) == 2);
}

TEST_CASE("a panellist's link to an organisation is one of the known kinds") {
    for (const auto* kind : {"employer", "volunteer", "receives_support", "family_member_works_for", "other"})
        CHECK(valid_link_kind(kind));
    CHECK_FALSE(valid_link_kind("friend"));
    CHECK_FALSE(valid_link_kind(""));
}

TEST_CASE("a conflict declared by mistake may be withdrawn only until scoring of the bid starts") {
    CHECK(may_withdraw_conflict(0));
    CHECK_FALSE(may_withdraw_conflict(1));
}

TEST_CASE("a lot is evaluated by its own panel, else by the tender's panel for every lot, else by none") {
    const std::vector<PanelScope> both{{"every", std::nullopt}, {"north", "lot-1"}};
    CHECK(panel_for_lot(both, "lot-1") == "north");
    CHECK(panel_for_lot(both, "lot-2") == "every");
    const std::vector<PanelScope> own_only{{"north", "lot-1"}};
    CHECK(panel_for_lot(own_only, "lot-1") == "north");
    CHECK_FALSE(panel_for_lot(own_only, "lot-2"));
    CHECK_FALSE(panel_for_lot({}, "lot-1"));
}
