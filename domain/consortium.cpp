#include "domain/consortium.hpp"

#include <algorithm>

#include "domain/text.hpp"

namespace collabtender::domain {

std::string_view to_string(MemberRole role) {
    switch (role) {
        case MemberRole::lead: return "lead";
        case MemberRole::partner: return "partner";
        case MemberRole::subcontractor: return "subcontractor";
    }
    return "unknown";
}

std::string_view to_string(MemberStatus status) {
    switch (status) {
        case MemberStatus::invited: return "invited";
        case MemberStatus::accepted: return "accepted";
        case MemberStatus::declined: return "declined";
    }
    return "unknown";
}

std::optional<MemberStatus> parse_member_status(std::string_view text) {
    for (auto status : {MemberStatus::invited, MemberStatus::accepted, MemberStatus::declined})
        if (to_string(status) == text) return status;
    return std::nullopt;
}

std::optional<MemberRole> parse_member_role(std::string_view text) {
    for (auto role : {MemberRole::lead, MemberRole::partner, MemberRole::subcontractor})
        if (to_string(role) == text) return role;
    return std::nullopt;
}

Violations validate_share(int share_bp, const std::string& pointer) {
    Violations out;
    check_range(out, share_bp, pointer, 1, whole_share_bp);
    return out;
}

Violations validate_invitation(MemberRole role, int share_bp) {
    auto out = validate_share(share_bp, "/share_bp");
    if (role == MemberRole::lead)
        out.push_back({"/role", "lead_taken", "a consortium has one lead: its creator's organisation"});
    return out;
}

Violations completeness(const std::vector<Member>& members, const std::optional<std::string>& mou_sha256) {
    Violations out;
    int shares = 0, counted = 0;
    for (const auto& m : members) {
        if (m.status == MemberStatus::declined) continue;
        ++counted;
        shares += m.share_bp;
        if (m.status == MemberStatus::invited)
            out.push_back({"/members/" + m.organisation_id, "not_accepted", "has not accepted the invitation yet"});
    }
    if (shares != whole_share_bp)
        out.push_back({"/members", "shares_do_not_sum",
                       "shares must sum to 10000 basis points (100%), not " + std::to_string(shares)});
    if (counted > 1) {
        if (!mou_sha256) {
            out.push_back({"/mou", "required", "a partnership needs its memorandum of understanding recorded"});
        } else {
            for (const auto& m : members)
                if (m.status == MemberStatus::accepted && m.acknowledged_mou != mou_sha256)
                    out.push_back({"/members/" + m.organisation_id, "mou_not_acknowledged",
                                   "has not acknowledged the current memorandum of understanding"});
        }
    }
    return out;
}

bool is_sha256_hex(std::string_view text) {
    return text.size() == 64 &&
           std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

}  // namespace collabtender::domain
