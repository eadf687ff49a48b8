#include "app/bids/sign_offs.hpp"

#include "app/bids/bid_notices.hpp"
#include "app/bids/draft.hpp"
#include "persistence/sections_repository.hpp"

namespace collabtender::app {

void void_changed_sign_offs(persistence::Tx& tx, const BidContext& c, const domain::Principal& actor,
                            domain::TimePoint now) {
    if (c.sign_offs.empty()) return;  // the common case, with nothing to read
    // The documents may have changed since the bid was read.
    const auto digest =
        draft_digest(c, require_open_stage(c, now), persistence::list_documents(tx, c.bid.id, std::nullopt));
    for (const auto& organisation : persistence::void_sign_offs(tx, c.bid.id, digest, now)) {
        const auto* member = c.consortium.member(organisation);
        if (!member || member->member.status != domain::MemberStatus::accepted) continue;  // it left: none of its business
        tell_about_bid(tx, actor, now, c, "sign_off_voided", persistence::audience::Signatories{organisation});
    }
}

void void_consortium_sign_offs(persistence::Tx& tx, const domain::ConsortiumId& consortium_id,
                               const domain::Principal& actor, domain::TimePoint now) {
    const auto consortium = persistence::find_consortium(tx, consortium_id);
    const auto tender = persistence::find_tender(tx, consortium->tender_id);
    if (!domain::open_stage(tender->status, tender->details.timetable, now)) return;
    for (auto& facts : persistence::bid_facts_of_consortium(tx, consortium_id))
        void_changed_sign_offs(tx, context_of(std::move(facts)), actor, now);
}

}  // namespace collabtender::app
