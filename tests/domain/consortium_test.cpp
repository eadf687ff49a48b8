#include "domain/consortium.hpp"

#include <doctest/doctest.h>

#include "tests/support/violations.hpp"

using namespace collabtender::domain;
using collabtender::test::has;

namespace {
const std::string mou(64, 'a');
const std::string other_mou(64, 'b');
}  // namespace

TEST_CASE("a consortium of one is complete with the whole share and needs no MoU") {
    CHECK(completeness({{"lead", MemberRole::lead, 10000, MemberStatus::accepted, std::nullopt}}, std::nullopt).empty());
}

TEST_CASE("a partnership is complete when all accepted, shares sum, and all acknowledged the current MoU") {
    const std::vector<Member> members{{"lead", MemberRole::lead, 6000, MemberStatus::accepted, mou},
                                      {"p1", MemberRole::partner, 4000, MemberStatus::accepted, mou}};
    CHECK(completeness(members, mou).empty());
    CHECK(has(completeness(members, std::nullopt), "/mou", "required"));
    CHECK(has(completeness(members, other_mou), "/members/p1", "mou_not_acknowledged"));
}

TEST_CASE("incompleteness is listed in full") {
    const std::vector<Member> members{{"lead", MemberRole::lead, 5000, MemberStatus::accepted, mou},
                                      {"p1", MemberRole::partner, 3000, MemberStatus::invited, std::nullopt},
                                      {"p2", MemberRole::subcontractor, 2000, MemberStatus::declined, std::nullopt}};
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
