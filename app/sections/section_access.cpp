#include "app/sections/section_access.hpp"

#include "domain/refusal.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::app {

namespace {

// The section exists in the bid's lot: a criterion, gate or required document at that position.
bool section_exists(const BidContext& bid, const domain::SectionKey& key) {
    std::size_t count = 0;
    switch (key.kind) {
        case domain::SectionKey::Kind::response: count = bid.criteria.size(); break;
        case domain::SectionKey::Kind::declaration: count = bid.gates.size(); break;
        case domain::SectionKey::Kind::document: count = bid.required_documents.size(); break;
    }
    return static_cast<std::size_t>(key.index) < count;
}

}  // namespace

SectionContext member_section(persistence::Tx& tx, const domain::BidId& bid_id, const std::string& section,
                              const domain::Principal& principal, persistence::BidLock lock) {
    auto bid = member_bid(tx, bid_id, principal, lock);
    const auto key = domain::parse_section_key(section);
    if (!key || !section_exists(bid, *key))
        throw domain::Refusal{domain::RefusalCode::not_found, "The bid has no such section."};
    auto record = persistence::section_or_new(persistence::list_sections(tx, bid.bid.id), section);
    const bool lead = bid.consortium.lead_organisation_id == principal.organisation_id;
    return {std::move(bid), *key, std::move(record), lead};
}

domain::SectionAssignment assignment_of(const persistence::SectionRecord& s) {
    return {s.owner_organisation_id, s.owner_user_id, s.approver_user_id, s.due_date};
}

void require_section_editable(const SectionContext& s, const domain::Principal& principal, domain::TimePoint now) {
    require_open_stage(s.bid, now);
    domain::require_section_editor(s.record.section, assignment_of(s.record), principal, s.lead);
}

bool member_user(persistence::Tx& tx, const BidContext& bid, const domain::UserId& user_id,
                 const std::optional<domain::OrganisationId>& organisation) {
    const auto user = persistence::find_user(tx, user_id);
    if (!user || user->role != domain::Role::provider) return false;
    if (organisation && user->organisation_id != *organisation) return false;
    const auto* member = bid.consortium.member(user->organisation_id);
    return member && member->member.status == domain::MemberStatus::accepted;
}

}  // namespace collabtender::app
