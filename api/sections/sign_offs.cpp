#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/bids/bid_context.hpp"
#include "api/handlers.hpp"
#include "api/notifications/notices.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "domain/time_format.hpp"
#include "domain/bid.hpp"
#include "persistence/accounts_repository.hpp"
#include "persistence/sections_repository.hpp"

namespace collabtender::api {
namespace {

boost::json::object sign_offs_json(persistence::Tx& tx, const BidContext& c, const std::string& digest) {
    boost::json::array items;
    const auto recorded = persistence::sign_offs(tx, c.bid.id);
    for (const auto& m : c.consortium.members) {
        if (m.member.status != domain::MemberStatus::accepted) continue;
        boost::json::object item{{"organisation_id", m.member.organisation_id},
                                 {"organisation", m.organisation_name},
                                 {"signed", false},
                                 {"void", false}};
        for (const auto& s : recorded)
            if (s.organisation_id == m.member.organisation_id) {
                item["signed"] = s.draft_sha256 == digest;
                item["void"] = s.draft_sha256 != digest;  // signed an earlier draft
                item["signed_by"] = s.user_name;
                item["signed_by_user_id"] = s.user_id;
                item["signed_at"] = domain::format_rfc3339(s.signed_at);
            }
        items.push_back(std::move(item));
    }
    return {{"bid_id", c.bid.id}, {"draft_sha256", digest}, {"items", std::move(items)}};
}

}  // namespace

// GET /api/v1/bids/{bid_id}/sign-offs: the digest of the draft as it stands and,
// per member organisation, whether it has signed off exactly that draft.
Response get_sign_offs(const Request& request, Context& context) {
    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto c = member_bid(tx, request.param("bid_id"), *context.principal);
        out = sign_offs_json(tx, c, draft_digest(c, require_open_stage(c, context.now)));
    });
    return json_response(200, out);
}

// POST /api/v1/bids/{bid_id}/sign-offs: {"draft_sha256"}: the caller, an
// authorised signatory (403 otherwise), signs off for their organisation the draft
// with that digest; 409 if it has changed since they read it. Any later change
// voids the sign-off.
Response post_sign_off(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    std::string digest;
    fields.text("draft_sha256", digest);
    fields.finish();
    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto c = member_bid(tx, request.param("bid_id"), *context.principal, persistence::BidLock::bid);
        const auto user = persistence::find_user(tx, context.principal->user_id);
        if (!user || !user->authorised_signatory)
            throw Problem{403, "not-authorised-signatory", "Not an authorised signatory",
                          "Only an authorised signatory of your organisation can sign off a bid."};
        const auto current = draft_digest(c, require_open_stage(c, context.now));
        if (digest != current)
            throw Problem{409, "draft-changed", "The draft has changed",
                          "The draft is no longer the one you read. Read it again before signing off."};
        persistence::save_sign_off(tx, c.bid.id,
                                   {context.principal->organisation_id, context.principal->user_id, "", digest, context.now});
        audit(tx, context, {c.tender.id, "bid.sign_off", "bid", c.bid.id, nullptr,
                            boost::json::object{{"organisation_id", context.principal->organisation_id},
                                                {"draft_sha256", digest}}});
        out = sign_offs_json(tx, c, current);
    });
    return json_response(200, out);
}

// POST /api/v1/bids/{bid_id}/sign-off-requests: the lead asks every member
// organisation that has not signed off the draft as it stands to do so; each
// hears of it (a sign_off_needed event). Returns who was asked.
Response post_sign_off_request(const Request& request, Context& context) {
    boost::json::array asked;
    context.db->transact([&](persistence::Tx& tx) {
        asked.clear();
        const auto c = member_bid(tx, request.param("bid_id"), *context.principal, persistence::BidLock::bid);
        if (c.consortium.lead_organisation_id != context.principal->organisation_id)
            throw Problem{403, "not-lead", "Only the lead asks", "Only the lead partner asks members to sign off."};
        const auto listed = sign_offs_json(tx, c, draft_digest(c, require_open_stage(c, context.now)));
        for (const auto& item : listed.at("items").as_array()) {
            if (item.at("signed").as_bool()) continue;
            const std::string organisation{item.at("organisation_id").as_string()};
            tell_about_bid(tx, context, c, "sign_off_needed", persistence::Audience::signatories, organisation);
            asked.push_back(boost::json::object{{"organisation_id", organisation},
                                                {"organisation", item.at("organisation")}});
        }
        audit(tx, context, {c.tender.id, "bid.sign_off_request", "bid", c.bid.id, nullptr,
                            boost::json::object{{"asked", asked}}});
    });
    return json_response(200, boost::json::object{{"asked", std::move(asked)}});
}

}  // namespace collabtender::api
