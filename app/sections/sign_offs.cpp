#include "app/sections/sign_offs.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/bids/bid_notices.hpp"
#include "app/bids/draft.hpp"
#include "domain/sign_off.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::app {

namespace {

// Each accepted member with its sign-off as recorded now.
SignOffs sign_offs_of(persistence::Tx& tx, const BidContext& c, const std::string& digest) {
    SignOffs out{c.bid.id, digest, {}};
    const auto recorded = persistence::sign_offs(tx, c.bid.id);
    for (const auto& m : c.consortium.members) {
        if (m.member.status != domain::MemberStatus::accepted) continue;
        MemberSignOff member{m.member.organisation_id, m.organisation_name, std::nullopt, false};
        for (const auto& s : recorded)
            if (s.organisation_id == m.member.organisation_id) {
                member.recorded = s;
                member.signed_draft = s.draft_sha256 == digest;
            }
        out.members.push_back(std::move(member));
    }
    return out;
}

}  // namespace

SignOffs read_sign_offs(persistence::Connection& db, const domain::Principal& member, const domain::BidId& bid_id,
                        domain::TimePoint now) {
    SignOffs out;
    db.transact([&](persistence::Tx& tx) {
        const auto c = member_bid(tx, bid_id, member);
        out = sign_offs_of(tx, c, draft_digest(c, require_open_stage(c, now)));
    });
    return out;
}

SignOffs sign_off_draft(persistence::Connection& db, const domain::Principal& signatory, const SignOffDraft& command,
                        domain::TimePoint now) {
    SignOffs out;
    db.transact([&](persistence::Tx& tx) {
        const auto c = member_bid(tx, command.bid_id, signatory, persistence::BidLock::bid);
        const auto user = persistence::find_user(tx, signatory.user_id);
        domain::require_authorised_signatory(user && user->authorised_signatory);
        const auto current = draft_digest(c, require_open_stage(c, now));
        domain::require_unchanged_draft(command.draft_sha256, current);
        persistence::save_sign_off(tx, c.bid.id,
                                   {signatory.organisation_id, signatory.user_id, "", command.draft_sha256, now});
        append_audit(tx, signatory, now,
                     {c.tender.id, "bid.sign_off", "bid", c.bid.id, nullptr,
                      boost::json::object{{"organisation_id", signatory.organisation_id},
                                          {"draft_sha256", command.draft_sha256}}});
        out = sign_offs_of(tx, c, current);
    });
    return out;
}

std::vector<MemberSignOff> ask_for_sign_offs(persistence::Connection& db, const domain::Principal& lead,
                                             const domain::BidId& bid_id, domain::TimePoint now) {
    std::vector<MemberSignOff> asked;
    db.transact([&](persistence::Tx& tx) {
        asked.clear();
        const auto c = member_bid(tx, bid_id, lead, persistence::BidLock::bid);
        domain::require_lead_to_ask(c.consortium.lead_organisation_id == lead.organisation_id);
        boost::json::array audited;
        for (auto& member : sign_offs_of(tx, c, draft_digest(c, require_open_stage(c, now))).members) {
            if (member.signed_draft) continue;
            tell_about_bid(tx, lead, now, c, "sign_off_needed",
                           persistence::audience::Signatories{member.organisation_id});
            audited.push_back(boost::json::object{{"organisation_id", member.organisation_id},
                                                  {"organisation", member.organisation}});
            asked.push_back(std::move(member));
        }
        append_audit(tx, lead, now,
                     {c.tender.id, "bid.sign_off_request", "bid", c.bid.id, nullptr,
                      boost::json::object{{"asked", std::move(audited)}}});
    });
    return asked;
}

}  // namespace collabtender::app
