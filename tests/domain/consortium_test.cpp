#include "domain/consortium.hpp"

#include <doctest/doctest.h>

#include "tests/support/refusals.hpp"
#include "tests/support/violations.hpp"

using namespace collabtender::domain;
using collabtender::test::has;
using collabtender::test::refusal;

namespace {
const std::string mou(64, 'a');
const std::string other_mou(64, 'b');
}  // namespace

TEST_CASE("a consortium of one is complete with the whole share and needs no MoU") {
    CHECK(completeness({{OrganisationId{"lead"}, MemberRole::lead, 10000, MemberStatus::accepted, std::nullopt}},
                       std::nullopt)
              .empty());
}

TEST_CASE("a partnership is complete when all accepted, shares sum, and all acknowledged the current MoU") {
    const std::vector<Member> members{{OrganisationId{"lead"}, MemberRole::lead, 6000, MemberStatus::accepted, mou},
                                      {OrganisationId{"p1"}, MemberRole::partner, 4000, MemberStatus::accepted, mou}};
    CHECK(completeness(members, mou).empty());
    CHECK(has(completeness(members, std::nullopt), "/mou", "required"));
    CHECK(has(completeness(members, other_mou), "/members/p1", "mou_not_acknowledged"));
}

TEST_CASE("incompleteness is listed in full") {
    const std::vector<Member> members{
        {OrganisationId{"lead"}, MemberRole::lead, 5000, MemberStatus::accepted, mou},
        {OrganisationId{"p1"}, MemberRole::partner, 3000, MemberStatus::invited, std::nullopt},
        {OrganisationId{"p2"}, MemberRole::subcontractor, 2000, MemberStatus::declined, std::nullopt}};
    const auto missing = completeness(members, mou);
    CHECK(has(missing, "/members/p1", "not_accepted"));
    CHECK(has(missing, "/members", "shares_do_not_sum"));  // the declined 20% no longer counts
}

TEST_CASE("invitations carry a share of 1 to 10000 basis points and never the lead role") {
    CHECK(validate_invitation(MemberRole::partner, 2500).empty());
    CHECK(has(validate_invitation(MemberRole::partner, 0), "/share_bp", "out_of_range"));
    CHECK(has(validate_invitation(MemberRole::lead, 2500), "/role", "lead_taken"));
    CHECK(parse_member_role("subcontractor") == MemberRole::subcontractor);
    CHECK_FALSE(parse_member_role("observer"));
}

TEST_CASE("MoU digests are 64 lower-case hex digits") {
    CHECK(is_sha256_hex(mou));
    CHECK_FALSE(is_sha256_hex(std::string(63, 'a')));
    CHECK_FALSE(is_sha256_hex(std::string(64, 'A')));
}

TEST_CASE("a member's status reads back from its stored name, and nothing else reads as one") {
    for (auto status : {MemberStatus::invited, MemberStatus::accepted, MemberStatus::declined})
        CHECK(parse_member_status(to_string(status)) == status);
    CHECK_FALSE(parse_member_status("Accepted"));
    CHECK_FALSE(parse_member_status(""));
}

TEST_CASE("a consortium is formed with a name and a lead's share, and an invitation names its role by name") {
    CHECK(validate_consortium("North West Together", whole_share_bp).empty());
    const auto formed = validate_consortium("", 0);
    REQUIRE(formed.size() == 2);
    CHECK(formed[0].pointer == "/lead_share_bp");  // in the order the API reports them
    CHECK(formed[1].pointer == "/name");
    CHECK(validate_invitation(std::optional{MemberRole::partner}, 2500).empty());
    CHECK(has(validate_invitation(std::nullopt, 2500), "/role", "invalid_value"));
    CHECK(has(validate_invitation(std::optional{MemberRole::lead}, 2500), "/role", "lead_taken"));
}

TEST_CASE("a member's new terms keep the lead the lead") {
    CHECK(validate_member_change(MemberRole::lead, MemberRole::lead, 6000).empty());
    CHECK(validate_member_change(MemberRole::partner, MemberRole::subcontractor, 4000).empty());
    CHECK(has(validate_member_change(MemberRole::lead, MemberRole::partner, 6000), "/role", "lead_fixed"));
    CHECK(has(validate_member_change(MemberRole::partner, MemberRole::lead, 4000), "/role", "lead_fixed"));
    CHECK(has(validate_member_change(MemberRole::partner, std::nullopt, 4000), "/role", "invalid_value"));
    CHECK(has(validate_member_change(MemberRole::partner, MemberRole::partner, 0), "/share_bp", "out_of_range"));
}

TEST_CASE("consortia form, and their membership changes, while the tender takes participation and until they submit") {
    CHECK_FALSE(refusal([] { require_consortia_taken(TenderStatus::pin_published); }));
    CHECK(refusal([] { require_consortia_taken(TenderStatus::cancelled); }) == RefusalCode::participation_closed);
    CHECK_FALSE(refusal([] { require_membership_changeable(TenderStatus::stage1_open, false); }));
    CHECK(refusal([] { require_membership_changeable(TenderStatus::stage1_open, true); }) ==
          RefusalCode::membership_locked);
    CHECK(refusal([] { require_membership_changeable(TenderStatus::awarded, true); }) ==
          RefusalCode::participation_closed);
}

TEST_CASE("an acceptance is refused when the terms it names are not the invitation's") {
    const Member invited{OrganisationId{"p1"}, MemberRole::partner, 3000, MemberStatus::invited, std::nullopt};
    CHECK_FALSE(refusal([&] { require_terms_as_shown(invited, "", std::nullopt); }));
    CHECK_FALSE(refusal([&] { require_terms_as_shown(invited, "partner", 3000); }));
    CHECK(refusal([&] { require_terms_as_shown(invited, "subcontractor", 3000); }) == RefusalCode::invitation_changed);
    CHECK(refusal([&] { require_terms_as_shown(invited, "", 2000); }) == RefusalCode::invitation_changed);
}

TEST_CASE("the lead stays, only providers are invited, and an acknowledgement names the current memorandum") {
    CHECK_FALSE(refusal([] {
        require_removable({OrganisationId{"p1"}, MemberRole::subcontractor, 500, MemberStatus::invited, {}});
    }));
    CHECK(refusal([] {
              require_removable({OrganisationId{"lead"}, MemberRole::lead, 10000, MemberStatus::accepted, {}});
          }) == RefusalCode::lead_stays);
    CHECK_FALSE(refusal([] { require_invitable(OrganisationKind::provider); }));
    CHECK(refusal([] { require_invitable(OrganisationKind::commissioning_body); }) == RefusalCode::invalid);
    CHECK(refusal([] { require_invitable(std::nullopt); }) == RefusalCode::invalid);
    CHECK_FALSE(refusal([] { require_current_mou(mou, mou); }));
    CHECK(refusal([] { require_current_mou(mou, other_mou); }) == RefusalCode::invalid);
    CHECK(refusal([] { require_current_mou(std::nullopt, mou); }) == RefusalCode::invalid);
}

TEST_CASE("a change of a locked membership is agreed once bids are unsealed") {
    CHECK_FALSE(refusal([] { require_change_agreeable(true, true); }));
    CHECK(refusal([] { require_change_agreeable(false, true); }) == RefusalCode::sealed);
    CHECK(refusal([] { require_change_agreeable(true, false); }) == RefusalCode::membership_not_locked);
}
