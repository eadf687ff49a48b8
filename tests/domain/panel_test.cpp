#include "domain/panel.hpp"

#include <doctest/doctest.h>

#include "tests/support/refusals.hpp"
#include "tests/support/violations.hpp"

using namespace collabtender::domain;
using collabtender::test::has;
using collabtender::test::refusal;

TEST_CASE("a panel has a name, distinct members and exactly one chair") {
    const std::vector<PanelMember> good{{UserId{"a"}, PanelMemberKind::lived_experience, true},
                                        {UserId{"b"}, PanelMemberKind::statutory, false}};
    CHECK(validate_panel("North-east lot panel", good).empty());
    CHECK(has(validate_panel("", good), "/name", "required"));
    CHECK(has(validate_panel("P", {}), "/members", "required"));
    CHECK(has(validate_panel("P", {{UserId{"a"}, PanelMemberKind::statutory, false}}), "/members", "one_chair"));
    CHECK(has(validate_panel("P", {{UserId{"a"}, PanelMemberKind::statutory, true},
                                   {UserId{"b"}, PanelMemberKind::statutory, true}}),
              "/members", "one_chair"));
    CHECK(has(validate_panel("P", {{UserId{"a"}, PanelMemberKind::statutory, true},
                                   {UserId{"a"}, PanelMemberKind::independent, false}}),
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
    CHECK(refusal([] { require_conflict_withdrawable(0); }) == std::nullopt);
    CHECK(refusal([] { require_conflict_withdrawable(1); }) == RefusalCode::scoring_started);
}

TEST_CASE("a declared conflict is described, and only a declared one") {
    CHECK(validate_declaration(false, std::nullopt).empty());
    CHECK(validate_declaration(true, "I volunteer there").empty());
    CHECK(has(validate_declaration(true, std::nullopt), "/description", "required"));
    CHECK(has(validate_declaration(true, std::string(2001, 'x')), "/description", "invalid_length"));
    CHECK(has(validate_declaration(false, "x"), "/description", "not_applicable"));
}

TEST_CASE("a panellist linked to a partner declares no conflict only once the commissioner cleared the link") {
    CHECK(refusal([] { require_not_pre_flagged({}, false); }) == std::nullopt);
    CHECK(refusal([] { require_not_pre_flagged({"Pilton"}, true); }) == std::nullopt);
    try {
        require_not_pre_flagged({"Pilton", "Pilton", "Cyrenians"}, false);
        FAIL("not refused");
    } catch (const Refusal& r) {
        CHECK(r.code() == RefusalCode::conflict_pre_flagged);
        CHECK(r.detail().find("links you to Pilton, Cyrenians, a partner") != std::string::npos);
    }
    CHECK(refusal([] { require_flagged(false); }) == RefusalCode::not_flagged);
    CHECK(refusal([] { require_flagged(true); }) == std::nullopt);
    CHECK(refusal([] { require_clearance_withdrawable(false, false); }) == RefusalCode::not_cleared);
    CHECK(refusal([] { require_clearance_withdrawable(true, true); }) == RefusalCode::panellist_answered);
    CHECK(refusal([] { require_clearance_withdrawable(true, false); }) == std::nullopt);
    CHECK(refusal([] { require_panel_member(false); }) == RefusalCode::not_found);
}

TEST_CASE("panels are formed until the award is proposed, one per lot, from panellists' accounts") {
    CHECK(refusal([] { require_panels_editable(TenderStatus::stage2_evaluation); }) == std::nullopt);
    CHECK(refusal([] { require_panels_editable(TenderStatus::standstill); }) == RefusalCode::panels_closed);
    CHECK(refusal([] { require_panels_editable(TenderStatus::awarded); }) == RefusalCode::panels_closed);
    CHECK(refusal([] { require_panels_editable(TenderStatus::cancelled); }) == RefusalCode::panels_closed);
    CHECK(refusal([] { require_no_panel_for({std::nullopt}, std::nullopt); }) == RefusalCode::panel_exists);
    CHECK(refusal([] { require_no_panel_for({LotId{"lot-1"}}, LotId{"lot-1"}); }) == RefusalCode::panel_exists);
    CHECK(refusal([] { require_no_panel_for({std::nullopt}, LotId{"lot-1"}); }) == std::nullopt);
    const std::vector<PanelMember> members{{UserId{"a"}, PanelMemberKind::statutory, true},
                                           {UserId{"b"}, PanelMemberKind::statutory, false}};
    CHECK(check_panel_seats(true, members, {"a", "b"}).empty());
    CHECK(has(check_panel_seats(true, members, {"a"}), "/members/1/user_id", "not_a_panellist"));
    CHECK(has(check_panel_seats(false, members, {"a", "b"}), "/lot_id", "unknown_lot"));
    CHECK(refusal([] { require_panel_visible(false, false); }) == RefusalCode::not_found);
    CHECK(refusal([] { require_panel_visible(false, true); }) == std::nullopt);
    CHECK(refusal([] { require_panel_reader(false, false); }) == RefusalCode::forbidden);
    CHECK(refusal([] { require_panel_reader(false, true); }) == std::nullopt);
}

TEST_CASE("a lot is evaluated by its own panel, else by the tender's panel for every lot, else by none") {
    const PanelId every{"every"}, north{"north"};
    const std::vector<PanelScope> both{{every, std::nullopt}, {north, LotId{"lot-1"}}};
    CHECK(panel_for_lot(both, LotId{"lot-1"}) == north);
    CHECK(panel_for_lot(both, LotId{"lot-2"}) == every);
    const std::vector<PanelScope> own_only{{north, LotId{"lot-1"}}};
    CHECK(panel_for_lot(own_only, LotId{"lot-1"}) == north);
    CHECK_FALSE(panel_for_lot(own_only, LotId{"lot-2"}));
    CHECK_FALSE(panel_for_lot({}, LotId{"lot-1"}));
}
