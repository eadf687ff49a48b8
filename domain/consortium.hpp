#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/tender.hpp"
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
    OrganisationId organisation_id;
    MemberRole role = MemberRole::partner;
    int share_bp = 0;
    MemberStatus status = MemberStatus::invited;
    std::optional<std::string> acknowledged_mou;  // the SHA-256 the member acknowledged

    friend bool operator==(const Member&, const Member&) = default;
};

// A share is 1 to 10000 basis points; only the lead has the lead role.
Violations validate_share(int share_bp, const std::string& pointer);
Violations validate_invitation(MemberRole role, int share_bp);

// A consortium as formed: a name of 1 to 200 characters and the lead's share.
Violations validate_consortium(const std::string& name, int lead_share_bp);
// An invitation as sent, its role read by name (none: not a role): partner or
// subcontractor, never the lead.
Violations validate_invitation(const std::optional<MemberRole>& role, int share_bp);
// A member's new terms (role none: not a role): the lead stays the lead, and no one
// else becomes it.
Violations validate_member_change(MemberRole current, const std::optional<MemberRole>& role, int share_bp);

// Consortia form only while the tender takes participation (participation_closed).
void require_consortia_taken(TenderStatus status);
// Membership (members, terms, the memorandum) changes while the tender takes
// participation (participation_closed) and the consortium has not submitted: after
// its first submission only with the commissioner's recorded agreement
// (membership_locked).
void require_membership_changeable(TenderStatus status, bool locked);
// An acceptance may name the terms it was shown (an empty role or no share names
// nothing): if the lead changed them meanwhile, it is refused (invitation_changed).
void require_terms_as_shown(const Member& invited, const std::string& shown_role, const std::optional<int>& shown_share_bp);
// Any member but the lead may leave or be removed: a consortium without its lead is
// a different one (lead_stays).
void require_removable(const Member& member);
// Only a provider organisation (its kind; none: no such organisation) is invited (invalid).
void require_invitable(const std::optional<OrganisationKind>& kind);
// An acknowledgement names the current memorandum's digest (invalid).
void require_current_mou(const std::optional<std::string>& current_sha256, const std::string& acknowledged_sha256);
// The owning body agrees to change a locked membership between stages only: until
// it may know whether the consortium has submitted (`submission_state_visible`,
// after the stage-1 deadline) it is refused (sealed); and only a locked membership
// needs it (membership_not_locked).
void require_change_agreeable(bool submission_state_visible, bool locked);

// Complete when every member has accepted, shares sum to 100%, and — with more
// than one member — a memorandum of understanding is recorded and every member
// has acknowledged that very version. Declined invitations do not count.
// Returns what stands between the consortium and completeness.
Violations completeness(const std::vector<Member>& members, const std::optional<std::string>& mou_sha256);

// A SHA-256 written as 64 lower-case hex digits.
bool is_sha256_hex(std::string_view text);

}  // namespace collabtender::domain
