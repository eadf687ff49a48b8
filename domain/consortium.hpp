#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/violation.hpp"

namespace collabtender::domain {

// A consortium bids as one: a lead partner and members, each with a role and an
// intended share of the contract value in basis points (10000 = 100%). A provider
// bidding alone is a consortium of one, so every bid has the same shape.
enum class MemberRole { lead, partner, subcontractor };
enum class MemberStatus { invited, accepted, declined };

std::string_view to_string(MemberRole role);
std::string_view to_string(MemberStatus status);
std::optional<MemberStatus> parse_member_status(std::string_view text);
std::optional<MemberRole> parse_member_role(std::string_view text);

inline constexpr int whole_share_bp = 10000;

struct Member {
    std::string organisation_id;
    MemberRole role = MemberRole::partner;
    int share_bp = 0;
    MemberStatus status = MemberStatus::invited;
    std::optional<std::string> acknowledged_mou;  // the SHA-256 the member acknowledged

    friend bool operator==(const Member&, const Member&) = default;
};

// A share is 1 to 10000 basis points; only the lead has the lead role.
Violations validate_share(int share_bp, const std::string& pointer);
Violations validate_invitation(MemberRole role, int share_bp);

// Complete when every member has accepted, shares sum to 100%, and — with more
// than one member — a memorandum of understanding is recorded and every member
// has acknowledged that very version. Declined invitations do not count.
// Returns what stands between the consortium and completeness.
Violations completeness(const std::vector<Member>& members, const std::optional<std::string>& mou_sha256);

// A SHA-256 written as 64 lower-case hex digits.
bool is_sha256_hex(std::string_view text);

}  // namespace collabtender::domain
