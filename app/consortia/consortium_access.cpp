#include "app/consortia/consortium_access.hpp"

#include "app/tenders/tender_access.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {
namespace {

using domain::Refusal, domain::RefusalCode;

Refusal forbidden() { return {RefusalCode::forbidden, "Your account is not allowed to do this."}; }

}  // namespace

ConsortiumRole consortium_role(const domain::Principal& principal, const persistence::ConsortiumRecord& consortium,
                               const persistence::TenderRecord& tender) {
    if (may_manage_tender(principal, tender)) return ConsortiumRole::overseer;
    if (principal.role != domain::Role::provider) return ConsortiumRole::none;
    const auto* member = consortium.member(principal.organisation_id);
    if (member == nullptr) return ConsortiumRole::none;
    switch (member->member.status) {
        case domain::MemberStatus::invited: return ConsortiumRole::invited;
        case domain::MemberStatus::declined: return ConsortiumRole::none;
        case domain::MemberStatus::accepted: break;
    }
    return member->member.role == domain::MemberRole::lead ? ConsortiumRole::lead : ConsortiumRole::member;
}

VisibleConsortium visible_consortium(persistence::Tx& tx, const domain::ConsortiumId& id,
                                     const domain::Principal& principal, bool lock) {
    auto consortium = persistence::find_consortium(tx, id, lock);
    if (consortium) {
        auto tender = persistence::find_tender(tx, consortium->tender_id);
        const auto role = consortium_role(principal, *consortium, *tender);
        if (role == ConsortiumRole::member || role == ConsortiumRole::lead || role == ConsortiumRole::overseer)
            return {std::move(*consortium), std::move(*tender), role};
    }
    throw Refusal{RefusalCode::not_found, "No such consortium."};
}

VisibleConsortium led_consortium(persistence::Tx& tx, const domain::ConsortiumId& id,
                                 const domain::Principal& principal) {
    auto visible = visible_consortium(tx, id, principal, true);
    require_lead(visible);
    return visible;
}

VisibleConsortium member_consortium(persistence::Tx& tx, const domain::ConsortiumId& id,
                                    const domain::Principal& principal) {
    auto visible = visible_consortium(tx, id, principal, true);
    if (visible.role == ConsortiumRole::overseer) throw forbidden();
    return visible;
}

VisibleConsortium overseen_consortium(persistence::Tx& tx, const domain::ConsortiumId& id,
                                      const domain::Principal& principal) {
    auto visible = visible_consortium(tx, id, principal, true);
    if (visible.role != ConsortiumRole::overseer) throw forbidden();
    return visible;
}

void require_lead(const VisibleConsortium& visible) {
    if (visible.role != ConsortiumRole::lead) throw forbidden();
}

bool may_see_submission_state(ConsortiumRole role, const persistence::TenderRecord& tender, domain::TimePoint now) {
    const auto& deadline = tender.details.timetable.stage1_deadline;
    return role != ConsortiumRole::overseer || (deadline && now >= *deadline);
}

}  // namespace collabtender::app
