#include "app/sections/move_section.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/bids/bid_notices.hpp"

namespace collabtender::app {

namespace {

// Who must hear of it: the reviewer when review is asked, the owner when changes are.
void tell_reviewer_or_owner(persistence::Tx& tx, const domain::Principal& member, domain::TimePoint now,
                            const SectionContext& s, domain::SectionStatus status) {
    namespace audience = persistence::audience;
    if (status == domain::SectionStatus::ready_for_review) {
        if (s.record.approver_user_id)
            tell_about_bid(tx, member, now, s.bid, "review_requested", audience::User{*s.record.approver_user_id},
                           s.key);
        else
            tell_about_bid(tx, member, now, s.bid, "review_requested",
                           audience::Organisation{s.bid.consortium.lead_organisation_id}, s.key);
    }
    if (status == domain::SectionStatus::changes_requested) {
        if (s.record.owner_user_id)
            tell_about_bid(tx, member, now, s.bid, "changes_requested", audience::User{*s.record.owner_user_id}, s.key);
        else if (s.record.owner_organisation_id)
            tell_about_bid(tx, member, now, s.bid, "changes_requested",
                           audience::Organisation{*s.record.owner_organisation_id}, s.key);
    }
}

}  // namespace

SectionContext move_section(persistence::Connection& db, const domain::Principal& member, const MoveSection& command,
                            domain::TimePoint now) {
    SectionContext moved;
    db.transact([&](persistence::Tx& tx) {
        auto s = member_section(tx, command.bid_id, command.section, member, persistence::BidLock::bid);
        require_in_tender(s.bid);
        const auto from = *domain::parse_section_status(s.record.status);
        domain::require_transition(from, command.status, domain::section_actor(assignment_of(s.record), member, s.lead),
                                   command.reason);
        const std::string status{domain::to_string(command.status)};
        std::optional<std::string> kept_reason;
        if (command.status == domain::SectionStatus::changes_requested) kept_reason = command.reason;
        persistence::set_section_status(tx, s.bid.bid.id, s.record.section, status, kept_reason);
        tell_reviewer_or_owner(tx, member, now, s, command.status);
        append_audit(tx, member, now,
                     {s.bid.tender.id, "section.status", "bid", s.bid.bid.id,
                      boost::json::object{{"section", s.record.section}, {"status", s.record.status}},
                      boost::json::object{{"section", s.record.section}, {"status", status}}});
        s.record.status = status;
        s.record.changes_reason = kept_reason;
        moved = std::move(s);
    });
    return moved;
}

}  // namespace collabtender::app
