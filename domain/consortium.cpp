#include "domain/consortium.hpp"

#include <algorithm>

#include "domain/refusal.hpp"
#include "domain/tender_lifecycle.hpp"
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

Violations validate_consortium(const std::string& name, int lead_share_bp) {
    auto out = validate_share(lead_share_bp, "/lead_share_bp");
    check_text(out, name, "/name", 1, 200);
    return out;
}

Violations validate_invitation(const std::optional<MemberRole>& role, int share_bp) {
    auto out = validate_invitation(role.value_or(MemberRole::partner), share_bp);
    if (!role) out.push_back({"/role", "invalid_value", "must be partner or subcontractor"});
    return out;
}

Violations validate_member_change(MemberRole current, const std::optional<MemberRole>& role, int share_bp) {
    auto out = validate_share(share_bp, "/share_bp");
    if (!role)
        out.push_back({"/role", "invalid_value", "must be lead, partner or subcontractor"});
    else if ((*role == MemberRole::lead) != (current == MemberRole::lead))
        out.push_back({"/role", "lead_fixed", "the lead's role cannot move to or from another member"});
    return out;
}

void require_consortia_taken(TenderStatus status) {
    if (!participation_open(status))
        throw Refusal{RefusalCode::participation_closed, "This tender does not take consortia now."};
}

void require_membership_changeable(TenderStatus status, bool locked) {
    if (!participation_open(status))
        throw Refusal{RefusalCode::participation_closed, "This tender no longer takes changes to consortia."};
    if (locked)
        throw Refusal{RefusalCode::membership_locked,
                      "The consortium has submitted a bid: its membership changes only with the commissioner's "
                      "recorded agreement."};
}

void require_terms_as_shown(const Member& invited, const std::string& shown_role, const std::optional<int>& shown_share_bp) {
    if ((!shown_role.empty() && shown_role != to_string(invited.role)) ||
        (shown_share_bp && *shown_share_bp != invited.share_bp))
        throw Refusal{RefusalCode::invitation_changed,
                      "The lead changed the role or share since you saw it. Read the invitation again."};
}

void require_removable(const Member& member) {
    if (member.role == MemberRole::lead) throw Refusal{RefusalCode::lead_stays, "The lead cannot leave its consortium."};
}

void require_invitable(const std::optional<OrganisationKind>& kind) {
    if (kind != OrganisationKind::provider)
        throw invalid_input({{"/organisation_id", "not_a_provider", "does not name a provider organisation"}});
}

void require_current_mou(const std::optional<std::string>& current_sha256, const std::string& acknowledged_sha256) {
    if (current_sha256 != acknowledged_sha256)
        throw invalid_input({{"/sha256", "not_current", "is not the consortium's current memorandum"}});
}

void require_change_agreeable(bool submission_state_visible, bool locked) {
    if (!submission_state_visible)
        throw Refusal{RefusalCode::sealed, "Membership changes are agreed between stages, after the stage-1 deadline."};
    if (!locked) throw Refusal{RefusalCode::membership_not_locked, "The consortium's membership is not locked."};
}

Violations completeness(const std::vector<Member>& members, const std::optional<std::string>& mou_sha256) {
    Violations out;
    int shares = 0, counted = 0;
    for (const auto& m : members) {
        if (m.status == MemberStatus::declined) continue;
        ++counted;
        shares += m.share_bp;
        if (m.status == MemberStatus::invited)
            out.push_back(
                {"/members/" + m.organisation_id.str(), "not_accepted", "has not accepted the invitation yet"});
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
                    out.push_back({"/members/" + m.organisation_id.str(), "mou_not_acknowledged",
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
