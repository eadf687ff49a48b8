#include "app/sections/assign_section.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/bids/bid_notices.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

namespace {

boost::json::value nullable(const std::optional<std::string>& text) {
    return text ? boost::json::value(*text) : boost::json::value(nullptr);
}

// Each person named belongs to the consortium: the owner to the owning organisation.
domain::Violations check_assignees(persistence::Tx& tx, const BidContext& bid, const domain::SectionAssignment& wanted) {
    domain::Violations out;
    if (wanted.owner_organisation_id) {
        const auto* member = bid.consortium.member(*wanted.owner_organisation_id);
        if (!member || member->member.status != domain::MemberStatus::accepted)
            out.push_back({"/owner_organisation_id", "not_a_member", "is not a member of the consortium"});
    }
    if (wanted.owner_user_id && !member_user(tx, bid, *wanted.owner_user_id, wanted.owner_organisation_id))
        out.push_back({"/owner_user_id", "not_a_member", "is not a user of the owning organisation"});
    if (wanted.approver_user_id && !member_user(tx, bid, *wanted.approver_user_id))
        out.push_back({"/approver_user_id", "not_a_member", "is not a user of a member organisation"});
    return out;
}

}  // namespace

SectionContext assign_section(persistence::Connection& db, const domain::Principal& member,
                              const AssignSection& command, domain::TimePoint now) {
    SectionContext assigned;
    db.transact([&](persistence::Tx& tx) {
        auto s = member_section(tx, command.bid_id, command.section, member, persistence::BidLock::bid);
        require_in_tender(s.bid);
        const auto& wanted = command.assignment;
        domain::require_may_assign(assignment_of(s.record), wanted, member, s.lead);
        domain::refuse_if(check_assignees(tx, s.bid, wanted));
        persistence::SectionRecord record;
        record.section = s.record.section;
        record.owner_organisation_id = wanted.owner_organisation_id;
        record.owner_user_id = wanted.owner_user_id;
        record.approver_user_id = wanted.approver_user_id;
        record.due_date = wanted.due_date;
        persistence::save_assignment(tx, s.bid.bid.id, record);
        if (wanted.owner_user_id)
            tell_about_bid(tx, member, now, s.bid, "section_assigned",
                           persistence::audience::User{*wanted.owner_user_id}, s.key);
        else if (wanted.owner_organisation_id)
            tell_about_bid(tx, member, now, s.bid, "section_assigned",
                           persistence::audience::Organisation{*wanted.owner_organisation_id}, s.key);
        append_audit(tx, member, now,
                     {s.bid.tender.id, "section.assign", "bid", s.bid.bid.id, nullptr,
                      boost::json::object{{"section", record.section},
                                          {"owner_organisation_id", nullable(wanted.owner_organisation_id)},
                                          {"owner_user_id", nullable(wanted.owner_user_id)},
                                          {"approver_user_id", nullable(wanted.approver_user_id)}}});
        s.record = persistence::list_sections(tx, s.bid.bid.id).at(record.section);
        assigned = std::move(s);
    });
    return assigned;
}

}  // namespace collabtender::app
